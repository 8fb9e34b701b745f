package io.yudex.standards.identifier;

import java.util.Objects;

/**
 * One thing wrong with (or worth noting about) an identifier.
 *
 * @param code    stable machine string, one of the constants declared here; safe to switch on
 * @param message English sentence for people; names expected and actual values where there are
 *                some, but never repeats the whole identifier (it may be personal data)
 */
public record Problem(String code, String message) {

    /** Input was null or blank. */
    public static final String EMPTY = "EMPTY";
    /** Wrong number of characters. */
    public static final String LENGTH = "LENGTH";
    /** A character outside the identifier's alphabet, or in a position where it is not allowed. */
    public static final String CHARACTERS = "CHARACTERS";
    /** The check digit or check character does not match the one computed from the rest. */
    public static final String CHECK_DIGIT = "CHECK_DIGIT";
    /** Citizen ID: the province part of the address code is not assigned in GB/T 2260. */
    public static final String ADDRESS_CODE = "ADDRESS_CODE";
    /** Citizen ID (warning): the address code is not in the current division table. */
    public static final String ADDRESS_UNKNOWN = "ADDRESS_UNKNOWN";
    /** Citizen ID: the birth date does not exist or is implausibly early. */
    public static final String BIRTH_DATE_INVALID = "BIRTH_DATE_INVALID";
    /** Citizen ID: the birth date is after today. */
    public static final String BIRTH_DATE_FUTURE = "BIRTH_DATE_FUTURE";
    /** USCC: the region part is not six digits. */
    public static final String REGION_CODE = "REGION_CODE";
    /** USCC (warning): the region code is not in the current division table. */
    public static final String REGION_UNKNOWN = "REGION_UNKNOWN";
    /** USCC (warning): the registration department character is not a known assignment. */
    public static final String REGISTRATION_DEPARTMENT_UNKNOWN = "REGISTRATION_DEPARTMENT_UNKNOWN";
    /** USCC (warning): the embedded organisation code fails its own GB 11714 check. */
    public static final String ORGANIZATION_CODE_CHECK = "ORGANIZATION_CODE_CHECK";
    /** E-licence: not ten dot-separated parts. */
    public static final String FORMAT = "FORMAT";
    /** E-licence: the fixed OID prefix {@code 1.2.156.3005.2} is wrong. */
    public static final String PREFIX = "PREFIX";
    /** E-licence: the version part is not three digits. */
    public static final String VERSION = "VERSION";
    /** E-licence: the issuer part is not a valid unified social credit code. */
    public static final String ISSUER = "ISSUER";

    /** @throws NullPointerException if either argument is null */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
