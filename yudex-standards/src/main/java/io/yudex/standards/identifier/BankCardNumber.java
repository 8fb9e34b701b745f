package io.yudex.standards.identifier;

import java.util.ArrayList;
import java.util.List;

/**
 * A bank card number (银行卡号, GB/T 19584 after ISO/IEC 7812-1): 16 to 19 digits whose last is
 * the Luhn (MOD 10) check digit. Spaces and hyphens between groups are dropped. The issuer
 * identification number is not checked against a BIN table.
 */
public final class BankCardNumber {

    private BankCardNumber() {
    }

    /** Never throws. */
    public static ValidationResult validate(String raw) {
        String n = PhoneText.compact(raw);
        if (n == null || n.isEmpty()) {
            return ValidationResult.of(n, List.of(IdentifierText.empty()), List.of());
        }
        List<Problem> errors = new ArrayList<>();
        if (n.length() < 16 || n.length() > 19) {
            errors.add(new Problem(Problem.LENGTH, "expected 16 to 19 digits, got " + n.length() + " characters"));
        }
        IdentifierText.characterProblem(n, (i, c) -> IdentifierText.isDigit(c), "digits 0-9").ifPresent(errors::add);
        if (n.length() >= 2 && n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            char expected = luhnCheckDigit(n.substring(0, n.length() - 1));
            if (expected != n.charAt(n.length() - 1)) {
                errors.add(new Problem(Problem.CHECK_DIGIT, "Luhn check digit: expected " + expected + ", got " + n.charAt(n.length() - 1)));
            }
        }
        return ValidationResult.of(n, errors, List.of());
    }

    /**
     * The Luhn check digit for {@code payload} (ASCII digits).
     *
     * @throws IllegalArgumentException if {@code payload} is empty or has a non-digit
     */
    public static char luhnCheckDigit(String payload) {
        if (payload == null || payload.isEmpty() || !payload.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("Expected one or more ASCII digits for a Luhn payload");
        }
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
