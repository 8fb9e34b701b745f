package io.yudex.standards.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An organisation code (组织机构代码, GB 11714-1997): eight characters {@code 0-9 A-Z} and a
 * MOD 11 check character {@code 0-9 X}, usually written {@code D2143569-X}. Since 2015 it lives on
 * as characters 9–17 of the {@linkplain UnifiedSocialCreditCode unified social credit code}.
 *
 * @param value the normalised nine characters, without the hyphen
 */
public record OrganizationCode(String value) {

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int LENGTH = 9;

    /** @throws InvalidIdentifierException if {@code value} is not a valid organisation code */
    public OrganizationCode {
        ValidationResult result = validate(value);
        if (!result.valid()) {
            throw new InvalidIdentifierException("organisation code", result);
        }
        value = result.normalised();
    }

    /** Checks length, characters and check character; accepts the hyphenated form. Never throws. */
    public static ValidationResult validate(String raw) {
        String n = normalise(raw);
        List<Problem> errors = new ArrayList<>();
        if (n == null || n.isEmpty()) {
            return ValidationResult.of(n, List.of(IdentifierText.empty()), List.of());
        }
        IdentifierText.lengthProblem(n, LENGTH, " (8 characters and a check character, optionally hyphenated)")
                .ifPresent(errors::add);
        IdentifierText.characterProblem(n, OrganizationCode::allowed,
                "0-9 or A-Z, and 0-9 or X as the check character").ifPresent(errors::add);
        if (errors.isEmpty()) {
            checkProblem(n).ifPresent(errors::add);
        }
        return ValidationResult.of(n, errors, List.of());
    }

    /** @throws InvalidIdentifierException if {@code raw} is not valid */
    public static OrganizationCode parse(String raw) {
        return new OrganizationCode(raw);
    }

    /** The parsed code, or empty if {@code raw} is not valid. */
    public static Optional<OrganizationCode> tryParse(String raw) {
        ValidationResult result = validate(raw);
        return result.valid() ? Optional.of(new OrganizationCode(result.normalised())) : Optional.empty();
    }

    /**
     * Trims, folds full-width characters, upper-cases and drops the hyphen before the check
     * character ({@code d2143569-x} → {@code D2143569X}). Returns null for null.
     */
    public static String normalise(String raw) {
        String n = IdentifierText.normalise(raw);
        if (n != null && n.length() == LENGTH + 1 && n.charAt(8) == '-') {
            return n.substring(0, 8) + n.charAt(9);
        }
        return n;
    }

    /**
     * The check character for eight body characters.
     *
     * @throws IllegalArgumentException unless {@code first8} is exactly 8 characters of {@code 0-9 A-Z}
     */
    public static String checkChar(String first8) {
        if (first8 == null || first8.length() != 8 || !first8.chars().allMatch(c -> IdentifierText.isDigitOrUpper((char) c))) {
            throw new IllegalArgumentException("Expected exactly 8 characters 0-9 or A-Z for an organisation code body");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += Character.digit(first8.charAt(i), 36) * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? "X" : String.valueOf(check % 11);
    }

    /** {@code first8} followed by its check character, without hyphen. */
    public static String withCheckChar(String first8) {
        return first8 + checkChar(first8);
    }

    /** The conventional written form, {@code D2143569-X}. */
    public String formatted() {
        return value.substring(0, 8) + "-" + value.charAt(8);
    }

    private static boolean allowed(int index, char c) {
        return index < 8 ? IdentifierText.isDigitOrUpper(c) : IdentifierText.isDigit(c) || c == 'X';
    }

    private static Optional<Problem> checkProblem(String n) {
        String expected = checkChar(n.substring(0, 8));
        String actual = n.substring(8);
        return expected.equals(actual) ? Optional.empty()
                : Optional.of(new Problem(Problem.CHECK_DIGIT, "check character: expected " + expected + ", got " + actual));
    }
}
