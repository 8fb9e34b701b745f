package io.yudex.standards.identifier;

import java.util.ArrayList;
import java.util.List;

/**
 * A mainland China postal code (邮政编码, GB/T 2260's postal counterpart kept by China Post):
 * six digits; the first two name a province-level postal area, from {@code 01} (内蒙古) to
 * {@code 86} (新疆). ⚠ The exact two-digit ranges are China Post's and not checked here;
 * {@code 00} and codes starting with 9 are rejected.
 */
public final class PostalCode {

    private PostalCode() {
    }

    /** Never throws. */
    public static ValidationResult validate(String raw) {
        String n = IdentifierText.normalise(raw);
        if (n == null || n.isEmpty()) {
            return ValidationResult.of(n, List.of(IdentifierText.empty()), List.of());
        }
        List<Problem> errors = new ArrayList<>();
        IdentifierText.lengthProblem(n, 6, "").ifPresent(errors::add);
        IdentifierText.characterProblem(n, (i, c) -> IdentifierText.isDigit(c), "digits 0-9").ifPresent(errors::add);
        if (errors.isEmpty() && (n.startsWith("00") || n.charAt(0) == '9')) {
            errors.add(new Problem(Problem.REGION_CODE, "postal area " + n.substring(0, 2) + " is not assigned (01-86)"));
        }
        return ValidationResult.of(n, errors, List.of());
    }
}
