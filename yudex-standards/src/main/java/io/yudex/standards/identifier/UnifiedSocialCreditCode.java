package io.yudex.standards.identifier;

import io.yudex.standards.division.DivisionRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): registration department (1),
 * entity type (1), region code (6 digits, GB/T 2260), organisation code (9, GB 11714) and a
 * MOD 31 check character. Letters I, O, S, V and Z never occur.
 *
 * <p>Errors: length, alphabet, a region that is not six digits or whose province part is not
 * assigned (other than {@code 100000}), the check character. Warnings: an unknown
 * registration department, an embedded organisation code failing its own check and, when a
 * division table is given, a region code not in it ({@code 100000}, the national level, is
 * always accepted).
 *
 * @param value the normalised 18 characters
 */
public record UnifiedSocialCreditCode(String value) {

    /** The 31 characters of the code, in value order 0–30. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Region code used by organisations registered at national level. */
    public static final String NATIONAL_REGION = "100000";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    /** @throws InvalidIdentifierException if {@code value} has any error (warnings are allowed) */
    public UnifiedSocialCreditCode {
        ValidationResult result = validate(value);
        if (!result.valid()) {
            throw new InvalidIdentifierException("unified social credit code", result);
        }
        value = result.normalised();
    }

    /** Validates without a division table. Never throws. */
    public static ValidationResult validate(String raw) {
        return validate(raw, null);
    }

    /**
     * Validates and, if {@code registry} is not null, warns about a region code missing from it.
     * Never throws.
     */
    public static ValidationResult validate(String raw, DivisionRegistry registry) {
        String n = normalise(raw);
        if (n == null || n.isEmpty()) {
            return ValidationResult.of(n, List.of(IdentifierText.empty()), List.of());
        }
        List<Problem> errors = new ArrayList<>();
        IdentifierText.lengthProblem(n, LENGTH, "").ifPresent(errors::add);
        IdentifierText.characterProblem(n, (i, c) -> ALPHABET.indexOf(c) >= 0,
                "characters of " + ALPHABET + " (no I, O, S, V, Z)").ifPresent(errors::add);
        if (!errors.isEmpty()) {
            return ValidationResult.of(n, errors, List.of());
        }
        String region = n.substring(2, 8);
        regionProblem(region).ifPresent(errors::add);
        String expected = checkChar(n.substring(0, 17));
        if (!expected.equals(n.substring(17))) {
            errors.add(new Problem(Problem.CHECK_DIGIT,
                    "check character: expected " + expected + ", got " + n.substring(17)));
        }
        return ValidationResult.of(n, errors, warnings(n, registry));
    }

    /** @throws InvalidIdentifierException if {@code raw} has any error */
    public static UnifiedSocialCreditCode parse(String raw) {
        return new UnifiedSocialCreditCode(raw);
    }

    /** The parsed code, or empty if {@code raw} has any error. */
    public static Optional<UnifiedSocialCreditCode> tryParse(String raw) {
        ValidationResult result = validate(raw);
        return result.valid() ? Optional.of(new UnifiedSocialCreditCode(result.normalised())) : Optional.empty();
    }

    /** Trims, folds full-width characters and upper-cases. Returns null for null. */
    public static String normalise(String raw) {
        return IdentifierText.normalise(raw);
    }

    /**
     * The check character for the first 17 characters: 31 − (Σ mod 31), with 31 written as 0.
     *
     * @throws IllegalArgumentException unless {@code first17} is 17 characters of {@link #ALPHABET}
     */
    public static String checkChar(String first17) {
        if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Expected exactly 17 characters of " + ALPHABET + " for a USCC body");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return String.valueOf(ALPHABET.charAt((31 - sum % 31) % 31));
    }

    /** {@code first17} followed by its check character. */
    public static String withCheckChar(String first17) {
        return first17 + checkChar(first17);
    }

    /** The first character, e.g. {@code 9} for market regulation (工商). */
    public char registrationDepartmentCode() {
        return value.charAt(0);
    }

    /** The registration department, or empty when the character is not a known assignment. */
    public Optional<RegistrationDepartment> registrationDepartment() {
        return RegistrationDepartment.of(value.charAt(0));
    }

    /** The entity-type character; its meaning depends on the registration department. */
    public char entityTypeCode() {
        return value.charAt(1);
    }

    /** The six-digit GB/T 2260 region code of the registering authority (positions 3–8). */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** Characters 9–17 as written, whether or not they pass the GB 11714 check. */
    public String organizationCodePart() {
        return value.substring(8, 17);
    }

    /** Characters 9–17 as an organisation code, or empty if they fail the GB 11714 check. */
    public Optional<OrganizationCode> organizationCode() {
        return OrganizationCode.tryParse(organizationCodePart());
    }

    private static List<Problem> warnings(String n, DivisionRegistry registry) {
        List<Problem> warnings = new ArrayList<>();
        if (RegistrationDepartment.of(n.charAt(0)).isEmpty()) {
            warnings.add(new Problem(Problem.REGISTRATION_DEPARTMENT_UNKNOWN,
                    "registration department " + n.charAt(0) + " is not a known assignment"));
        }
        ValidationResult org = OrganizationCode.validate(n.substring(8, 17));
        org.errors().forEach(p -> warnings.add(new Problem(Problem.ORGANIZATION_CODE_CHECK,
                "embedded organisation code (positions 9-17): " + p.message())));
        String region = n.substring(2, 8);
        if (registry != null && !region.equals(NATIONAL_REGION) && isDigits(region) && registry.find(region).isEmpty()) {
            warnings.add(new Problem(Problem.REGION_UNKNOWN, "region code " + region + " is not in the current division table"));
        }
        return warnings;
    }

    private static Optional<Problem> regionProblem(String region) {
        if (!isDigits(region)) {
            return Optional.of(new Problem(Problem.REGION_CODE, "region code (positions 3-8) must be 6 digits, got " + region));
        }
        if (!region.equals(NATIONAL_REGION) && !ProvinceParts.ASSIGNED.contains(region.substring(0, 2))) {
            return Optional.of(new Problem(Problem.REGION_CODE, "region code " + region + ": province part "
                    + region.substring(0, 2) + " is not assigned in GB/T 2260"));
        }
        return Optional.empty();
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
