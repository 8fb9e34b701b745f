package io.yudex.standards.identifier;

import io.yudex.standards.division.DivisionRegistry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates citizen ID numbers (GB 11643-1999) against a clock and, optionally, a division table.
 * Immutable and thread-safe if the clock is.
 *
 * <p>Every problem is reported, not just the first (see {@link #validate}). An address code
 * missing from the table is by default only a warning ({@link Problem#ADDRESS_UNKNOWN}): a number
 * keeps the code that was in force when it was issued, and codes are retired when counties merge
 * or are renamed, while the shipped table is one edition (2023). {@link #requireKnownAddress()}
 * makes it an error.
 *
 * <p>First-generation 15-digit numbers are recognised: checked for digits, address code and a
 * real 19YY birth date, then reported valid with a {@link Problem#LEGACY_FORMAT} warning and the
 * {@linkplain CitizenIdNumber#upgrade upgraded} 18-digit number as the normalised form.
 */
public final class CitizenIdValidator {

    private static final int NOT_PINNED = -1;

    private final Clock clock;
    private final DivisionRegistry registry;
    private final boolean addressMustExist;
    private final int pinnedTodayYmd;

    CitizenIdValidator(Clock clock, DivisionRegistry registry) {
        this(clock, registry, false, NOT_PINNED);
    }

    private CitizenIdValidator(Clock clock, DivisionRegistry registry, boolean addressMustExist, int pinnedTodayYmd) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.registry = registry;
        this.addressMustExist = addressMustExist;
        this.pinnedTodayYmd = pinnedTodayYmd;
    }

    /** A copy that also checks address codes against {@code registry} (a warning unless {@link #requireKnownAddress()}). */
    public CitizenIdValidator withRegistry(DivisionRegistry registry) {
        return new CitizenIdValidator(clock, Objects.requireNonNull(registry, "registry"), addressMustExist, pinnedTodayYmd);
    }

    /**
     * A copy for which an address code missing from the registry is an error
     * ({@link Problem#ADDRESS_UNKNOWN} among the errors).
     *
     * @throws IllegalStateException if no registry was given
     */
    public CitizenIdValidator requireKnownAddress() {
        if (registry == null) {
            throw new IllegalStateException("Cannot require known address codes without a division registry; call withRegistry first");
        }
        return new CitizenIdValidator(clock, registry, true, pinnedTodayYmd);
    }

    /**
     * A copy that reads the clock once, now, and uses that day as "today" from then on. Batches
     * use it so the clock is not read per value; do not keep one across midnight.
     */
    public CitizenIdValidator pinnedToToday() {
        return new CitizenIdValidator(clock, registry, addressMustExist, CitizenIdRules.ymd(LocalDate.now(clock)));
    }

    /**
     * Whether {@code raw} is valid, as {@code validate(raw).valid()} but without allocating for
     * plain 18-character input (the common case). Never throws.
     */
    public boolean isValid(CharSequence raw) {
        if (raw == null) {
            return false;
        }
        int address = CitizenIdRules.fastCheck(raw, todayYmd());
        if (address >= 0) {
            return !addressMustExist || registry.contains(address);
        }
        return address != CitizenIdRules.INVALID_FAST && validate(raw.toString()).valid();
    }

    /**
     * Every problem, in position order: length, characters, address code, birth date (real date,
     * not before 1800, not after today), check digit; then the registry check. Never throws.
     */
    public ValidationResult validate(String raw) {
        int today = todayYmd();
        int address = raw == null ? CitizenIdRules.SLOW_FAST : CitizenIdRules.fastCheck(raw, today);
        if (address >= 0 && raw.charAt(17) != 'x' && (registry == null || registry.contains(address))) {
            return ValidationResult.of(raw, List.of(), List.of());
        }
        String n = CitizenIdNumber.normalise(raw);
        if (n != null && n.length() == CitizenIdRules.LEGACY_LENGTH) {
            return validateLegacy(n, today);
        }
        List<Problem> errors = CitizenIdRules.structuralProblems(n, today);
        List<Problem> warnings = new ArrayList<>();
        if (n != null && n.length() == CitizenIdRules.LENGTH && CitizenIdRules.digits(n, 0, 6)) {
            addressWarning(n.substring(0, 6), errors, warnings);
        }
        return ValidationResult.of(n, errors, warnings);
    }

    private ValidationResult validateLegacy(String n, int today) {
        List<Problem> errors = CitizenIdRules.legacyProblems(n, today);
        List<Problem> warnings = new ArrayList<>();
        if (CitizenIdRules.digits(n, 0, 6)) {
            addressWarning(n.substring(0, 6), errors, warnings);
        }
        if (!errors.isEmpty()) {
            return ValidationResult.of(n, errors, warnings);
        }
        warnings.addFirst(new Problem(Problem.LEGACY_FORMAT,
                "first-generation 15-digit number; normalised to its 18-digit form (19 inserted before the year, check digit appended)"));
        return ValidationResult.of(CitizenIdRules.upgrade(n), errors, warnings);
    }

    private void addressWarning(String address, List<Problem> errors, List<Problem> warnings) {
        boolean provinceWrong = errors.stream().anyMatch(p -> p.code().equals(Problem.ADDRESS_CODE));
        if (registry == null || provinceWrong || registry.find(address).isPresent()) {
            return;
        }
        if (addressMustExist) {
            errors.add(new Problem(Problem.ADDRESS_UNKNOWN, "address code " + address + " is not in the division table"));
        } else {
            warnings.add(new Problem(Problem.ADDRESS_UNKNOWN, "address code " + address
                    + " is not in the current division table; older numbers keep the code in force when issued"));
        }
    }

    private int todayYmd() {
        return pinnedTodayYmd != NOT_PINNED ? pinnedTodayYmd : CitizenIdRules.ymd(LocalDate.now(clock));
    }
}
