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
 * <p>Errors, all reported together: length; alphabet; a registration department that is not
 * assigned; an entity type its department does not assign (GB 32100 table 1; a warning for
 * departments assigned later, see {@link RegistrationDepartment}); a region that is not six
 * digits or whose province part is not assigned ({@code 100000}, the national level, is
 * accepted); an embedded organisation code failing its GB 11714 check; the check character.
 * Warning: when a division table is given, a region code not in it (the registering authority's
 * code at registration time may since have been retired).
 *
 * @param value the normalised 18 characters
 */
public record UnifiedSocialCreditCode(String value) {

    /** The 31 characters of the code, in value order 0–30. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Region code used by organisations registered at national level. */
    public static final String NATIONAL_REGION = "100000";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int LENGTH = 18;
    private static final int NATIONAL = 100_000;
    /** Value 0–30 of each ASCII character in {@link #ALPHABET}, -1 for every other. */
    private static final byte[] VALUE = new byte[128];
    /** Per ASCII department character: the entity types it assigns (bit per ASCII type), 0 if unassigned. */
    private static final long[] TYPES = new long[128];
    private static final boolean[] STANDARD_DEPARTMENT = new boolean[128];
    private static final boolean[] PROVINCE = new boolean[100];
    /** GB 11714 value of each ASCII character {@code 0-9 A-Z} (0–35). */
    private static final byte[] VALUE36 = new byte[128];

    static {
        java.util.Arrays.fill(VALUE, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUE[ALPHABET.charAt(i)] = (byte) i;
        }
        for (RegistrationDepartment d : RegistrationDepartment.values()) {
            d.entityTypes().chars().forEach(t -> TYPES[d.code()] |= 1L << (t - '0'));
            STANDARD_DEPARTMENT[d.code()] = d.fromStandard();
        }
        ProvinceParts.ASSIGNED.forEach(p -> PROVINCE[Integer.parseInt(p)] = true);
        for (char c = '0'; c <= 'Z'; c++) {
            VALUE36[c] = (byte) Math.max(0, Character.digit(c, 36));
        }
    }

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
        if (raw != null && fastCheck(raw) && (registry == null || knownRegion(raw, registry))) {
            return ValidationResult.of(raw, List.of(), List.of());
        }
        String n = normalise(raw);
        if (n == null || n.isEmpty()) {
            return ValidationResult.of(n, List.of(IdentifierText.empty()), List.of());
        }
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        IdentifierText.lengthProblem(n, LENGTH, "").ifPresent(errors::add);
        IdentifierText.characterProblem(n, (i, c) -> ALPHABET.indexOf(c) >= 0,
                "characters of " + ALPHABET + " (no I, O, S, V, Z)").ifPresent(errors::add);
        if (n.length() == LENGTH) {
            departmentProblems(n, errors, warnings);
            regionProblems(n.substring(2, 8), registry, errors, warnings);
            organisationCodeProblem(n.substring(8, 17)).ifPresent(errors::add);
            checkCharProblem(n).ifPresent(errors::add);
        }
        return ValidationResult.of(n, errors, warnings);
    }

    /**
     * Whether {@code raw} is valid, as {@code validate(raw).valid()}, without allocating for
     * normalised input (the common case). Never throws.
     */
    public static boolean isValid(CharSequence raw) {
        return raw != null && (fastCheck(raw) || validate(raw.toString()).valid());
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

    /**
     * True only for 18 normalised characters passing every check; false means "invalid or needs
     * a closer look" (lower case, full width, a warning).
     */
    private static boolean fastCheck(CharSequence s) {
        if (s.length() != LENGTH) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(i);
            if (c >= 128 || VALUE[c] < 0) {
                return false;
            }
            sum += VALUE[c] * WEIGHTS[i];
        }
        char check = s.charAt(17);
        int expected = (31 - sum % 31) % 31;
        if (check >= 128 || VALUE[check] != expected) {
            return false;
        }
        char department = s.charAt(0);
        char type = s.charAt(1);
        if (!STANDARD_DEPARTMENT[department] || type > '9' || (TYPES[department] & (1L << (type - '0'))) == 0) {
            return false;
        }
        int region = 0;
        for (int i = 2; i < 8; i++) {
            int d = s.charAt(i) - '0';
            if (d > 9) {
                return false;
            }
            region = region * 10 + d;
        }
        if (region != NATIONAL && !PROVINCE[region / 10_000]) {
            return false;
        }
        int orgSum = 0;
        for (int i = 0; i < 8; i++) {
            orgSum += VALUE36[s.charAt(8 + i)] * ORG_WEIGHTS[i];
        }
        int orgCheck = 11 - orgSum % 11;
        char org = s.charAt(16);
        return orgCheck == 10 ? org == 'X' : org == '0' + orgCheck % 11;
    }

    private static boolean knownRegion(CharSequence s, DivisionRegistry registry) {
        int region = 0;
        for (int i = 2; i < 8; i++) {
            region = region * 10 + s.charAt(i) - '0';
        }
        return region == NATIONAL || registry.contains(region);
    }

    private static void departmentProblems(String n, List<Problem> errors, List<Problem> warnings) {
        char department = n.charAt(0);
        char type = n.charAt(1);
        Optional<RegistrationDepartment> known = RegistrationDepartment.of(department);
        if (known.isEmpty()) {
            errors.add(new Problem(Problem.REGISTRATION_DEPARTMENT, "registration department " + IdentifierText.quote(department)
                    + " (position 1) is not assigned; expected one of 1-9, A, N, Y"));
            return;
        }
        RegistrationDepartment d = known.get();
        if (!d.assignsEntityType(type)) {
            Problem problem = new Problem(Problem.ENTITY_TYPE, "entity type " + IdentifierText.quote(type)
                    + " (position 2) is not assigned by registration department " + department + " (" + d.chineseName()
                    + "); expected one of " + d.entityTypes());
            (d.fromStandard() ? errors : warnings).add(problem);
        } else if (!d.fromStandard()) {
            warnings.add(new Problem(Problem.ENTITY_TYPE, "registration department " + department + " (" + d.chineseName()
                    + ") was assigned after GB 32100-2015; its entity types are not confirmed"));
        }
    }

    private static void regionProblems(String region, DivisionRegistry registry, List<Problem> errors, List<Problem> warnings) {
        regionProblem(region).ifPresent(errors::add);
        if (registry != null && !region.equals(NATIONAL_REGION) && isDigits(region) && registry.find(region).isEmpty()) {
            warnings.add(new Problem(Problem.REGION_UNKNOWN, "region code " + region + " is not in the current division table"));
        }
    }

    private static Optional<Problem> organisationCodeProblem(String part) {
        if (!part.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty(); // already named by the characters problem
        }
        return OrganizationCode.validate(part).errors().stream().findFirst().map(p -> new Problem(Problem.ORGANIZATION_CODE_CHECK,
                "embedded organisation code (positions 9-17, GB 11714): " + p.message()));
    }

    private static Optional<Problem> checkCharProblem(String n) {
        if (!n.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        String expected = checkChar(n.substring(0, 17));
        return expected.equals(n.substring(17)) ? Optional.empty()
                : Optional.of(new Problem(Problem.CHECK_DIGIT, "check character: expected " + expected + ", got " + n.substring(17)));
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
