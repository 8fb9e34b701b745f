package io.yudex.standards.identifier;

import io.yudex.standards.division.Division;
import io.yudex.standards.division.DivisionCodes;
import io.yudex.standards.division.DivisionRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a GB/T 2260 administrative division code as a value of its own (a 行政区划 column):
 * six digits, a province part that is assigned, present in the division table, and optionally
 * of a required level (province {@code XX0000}, city {@code XXYY00}, county otherwise).
 */
public final class DivisionCode {

    private DivisionCode() {
    }

    /**
     * Validates {@code raw} against {@code registry}; a code missing from the table is an error
     * ({@link Problem#DIVISION_UNKNOWN}). Never throws.
     *
     * @param level the required level, or null for any
     * @throws NullPointerException if {@code registry} is null
     */
    public static ValidationResult validate(String raw, DivisionRegistry registry, Division.Level level) {
        Objects.requireNonNull(registry, "registry");
        String n = IdentifierText.normalise(raw);
        if (n == null || n.isEmpty()) {
            return ValidationResult.of(n, List.of(IdentifierText.empty()), List.of());
        }
        List<Problem> errors = new ArrayList<>();
        IdentifierText.lengthProblem(n, 6, "").ifPresent(errors::add);
        IdentifierText.characterProblem(n, (i, c) -> IdentifierText.isDigit(c), "digits 0-9").ifPresent(errors::add);
        if (!errors.isEmpty()) {
            return ValidationResult.of(n, errors, List.of());
        }
        if (!ProvinceParts.ASSIGNED.contains(n.substring(0, 2))) {
            errors.add(new Problem(Problem.REGION_CODE, "province part " + n.substring(0, 2) + " is not assigned in GB/T 2260"));
        } else if (registry.find(n).isEmpty()) {
            errors.add(new Problem(Problem.DIVISION_UNKNOWN, "division code " + n + " is not in the division table"
                    + (DivisionCodes.isWellFormed(n) && DivisionCodes.levelOf(n) == Division.Level.CITY
                    ? " (city rows such as 市辖区 are placeholders, not divisions)" : "")));
        }
        if (level != null && DivisionCodes.isWellFormed(n) && DivisionCodes.levelOf(n) != level) {
            errors.add(new Problem(Problem.DIVISION_LEVEL, "division code " + n + " is a " + DivisionCodes.levelOf(n)
                    + " code; expected " + level));
        }
        return ValidationResult.of(n, errors, List.of());
    }
}
