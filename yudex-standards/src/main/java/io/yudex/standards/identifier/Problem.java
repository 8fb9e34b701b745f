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
    /** Citizen ID (warning): a first-generation 15-digit number, normalised to 18 digits. */
    public static final String LEGACY_FORMAT = "LEGACY_FORMAT";
    /** USCC: the region part is not six digits. */
    public static final String REGION_CODE = "REGION_CODE";
    /** USCC (warning): the region code is not in the current division table. */
    public static final String REGION_UNKNOWN = "REGION_UNKNOWN";
    /** USCC: the registration department character (position 1) is not assigned. */
    public static final String REGISTRATION_DEPARTMENT = "REGISTRATION_DEPARTMENT";
    /**
     * USCC: the entity type (position 2) is not one the department's table assigns; a warning
     * for departments whose table was not confirmed against the official text.
     */
    public static final String ENTITY_TYPE = "ENTITY_TYPE";
    /** USCC: the embedded organisation code (positions 9–17) fails its own GB 11714 check. */
    public static final String ORGANIZATION_CODE_CHECK = "ORGANIZATION_CODE_CHECK";
    /** Division code: not in the division table (an error for a division code, a warning inside other identifiers). */
    public static final String DIVISION_UNKNOWN = "DIVISION_UNKNOWN";
    /** Division code: a different level (province, city, county) than required. */
    public static final String DIVISION_LEVEL = "DIVISION_LEVEL";
    /** Mobile number: the three-digit network segment is not assigned. */
    public static final String NUMBER_SEGMENT = "NUMBER_SEGMENT";
    /** Landline: the long-distance area code is malformed. */
    public static final String AREA_CODE = "AREA_CODE";
    /** Licence plate: the leading character is not a province abbreviation. */
    public static final String PROVINCE = "PROVINCE";
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
