package io.yudex.standards.identifier;

import java.util.ArrayList;
import java.util.List;

/**
 * A mainland China fixed-line number: long-distance area code ({@code 010}, {@code 02X}, or
 * {@code 0} + three digits starting 3–9) and a 7- or 8-digit local number that starts 2–9
 * (8 digits after two-digit area codes). Normalised to {@code 0371-12345678}; input may carry
 * {@code +86}/{@code 0086} (then without the trunk {@code 0}), spaces, hyphens or parentheses.
 * Local numbers without an area code are rejected: a stored number must be dialable from
 * anywhere.
 */
public final class LandlineNumber {

    private LandlineNumber() {
    }

    /** Never throws. */
    public static ValidationResult validate(String raw) {
        String n = PhoneText.compact(raw);
        if (n == null || n.isEmpty()) {
            return ValidationResult.of(n, List.of(IdentifierText.empty()), List.of());
        }
        if (n.startsWith("86") && n.length() >= 11) {
            n = "0" + n.substring(2);
        }
        List<Problem> errors = new ArrayList<>();
        IdentifierText.characterProblem(n, (i, c) -> IdentifierText.isDigit(c), "digits 0-9").ifPresent(errors::add);
        if (!errors.isEmpty()) {
            return ValidationResult.of(n, errors, List.of());
        }
        if (n.charAt(0) != '0' || n.length() < 3 || n.charAt(1) == '0') {
            errors.add(new Problem(Problem.AREA_CODE, "expected a long-distance area code starting with 0 (010, 02X, 0XXX)"));
            return ValidationResult.of(n, errors, List.of());
        }
        boolean twoDigitArea = n.charAt(1) == '1' || n.charAt(1) == '2';
        if (n.charAt(1) == '1' && n.charAt(2) != '0') {
            errors.add(new Problem(Problem.AREA_CODE, "area code 01" + n.charAt(2) + " is not assigned; only 010 starts with 01"));
            return ValidationResult.of(n, errors, List.of());
        }
        int areaLength = twoDigitArea ? 3 : 4;
        String local = n.substring(Math.min(areaLength, n.length()));
        boolean lengthOk = twoDigitArea ? local.length() == 8 : local.length() == 7 || local.length() == 8;
        if (!lengthOk) {
            errors.add(new Problem(Problem.LENGTH, "local number after area code " + n.substring(0, Math.min(areaLength, n.length()))
                    + " has " + local.length() + " digits; expected " + (twoDigitArea ? "8" : "7 or 8")));
        } else if (local.charAt(0) < '2') {
            errors.add(new Problem(Problem.FORMAT, "local number starts with " + local.charAt(0) + "; local numbers start with 2-9"));
        }
        String formatted = errors.isEmpty() ? n.substring(0, areaLength) + "-" + local : n;
        return ValidationResult.of(formatted, errors, List.of());
    }
}
