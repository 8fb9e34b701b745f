package io.yudex.standards.identifier;

import java.util.List;

/**
 * Outcome of validating one identifier: errors make it invalid, warnings do not.
 *
 * @param valid      true exactly when {@code errors} is empty
 * @param normalised the input after normalisation (trimmed, full-width folded to ASCII,
 *                   upper-cased, separators removed); null only when the input was null.
 *                   It is the checked form even when invalid, so callers can show what was checked
 * @param errors     immutable, in the order the checks ran
 * @param warnings   immutable; facts worth flagging that do not make the identifier wrong
 */
public record ValidationResult(boolean valid, String normalised, List<Problem> errors, List<Problem> warnings) {

    /** @throws IllegalArgumentException if {@code valid} disagrees with {@code errors} */
    public ValidationResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (valid != errors.isEmpty()) {
            throw new IllegalArgumentException("valid is " + valid + " but there are " + errors.size() + " errors");
        }
    }

    /** A result whose validity follows from {@code errors}. */
    public static ValidationResult of(String normalised, List<Problem> errors, List<Problem> warnings) {
        return new ValidationResult(errors.isEmpty(), normalised, errors, warnings);
    }

    /** The error codes in order, handy for assertions and for mapping to API problems. */
    public List<String> errorCodes() {
        return errors.stream().map(Problem::code).toList();
    }

    /** The warning codes in order. */
    public List<String> warningCodes() {
        return warnings.stream().map(Problem::code).toList();
    }

    /** Whether any error or warning carries {@code code}. */
    public boolean has(String code) {
        return errorCodes().contains(code) || warningCodes().contains(code);
    }
}
