package io.yudex.standards.identifier;

import io.yudex.standards.division.DivisionRegistry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates citizen ID numbers against a clock and, optionally, a division table. Immutable and
 * thread-safe if the clock is.
 *
 * <p>An address code missing from the table is only a warning ({@link Problem#ADDRESS_UNKNOWN}):
 * a number keeps the code that was in force when it was issued, and codes are retired when
 * counties merge or are renamed.
 */
public final class CitizenIdValidator {

    private final Clock clock;
    private final DivisionRegistry registry;

    CitizenIdValidator(Clock clock, DivisionRegistry registry) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.registry = registry;
    }

    /** A copy that also warns about address codes not in {@code registry}. */
    public CitizenIdValidator withRegistry(DivisionRegistry registry) {
        return new CitizenIdValidator(clock, Objects.requireNonNull(registry, "registry"));
    }

    /** All structural checks, then "birth date not after today", then the registry warning. Never throws. */
    public ValidationResult validate(String raw) {
        String n = CitizenIdNumber.normalise(raw);
        List<Problem> errors = CitizenIdRules.structuralProblems(n);
        List<Problem> warnings = new ArrayList<>();
        if (n == null || n.length() != CitizenIdRules.LENGTH || errors.stream().anyMatch(p -> p.code().equals(Problem.CHARACTERS))) {
            return ValidationResult.of(n, errors, warnings);
        }
        LocalDate today = LocalDate.now(clock);
        CitizenIdRules.birthDate(n).filter(d -> d.isAfter(today)).ifPresent(d -> errors.add(
                new Problem(Problem.BIRTH_DATE_FUTURE, "birth date " + d + " is after today (" + today + ")")));
        String address = n.substring(0, 6);
        if (registry != null && registry.find(address).isEmpty()) {
            warnings.add(new Problem(Problem.ADDRESS_UNKNOWN, "address code " + address
                    + " is not in the current division table; older numbers keep the code in force when issued"));
        }
        return ValidationResult.of(n, errors, warnings);
    }
}
