package io.yudex.standards.identifier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A citizen identity number (公民身份号码, GB 11643-1999) that passed every check the number can
 * prove on its own: 18 characters, address code with an assigned province part, a real birth
 * date not before 1800, and the MOD 11-2 check digit. Whether the birth date lies in the future
 * depends on today's date and is checked by {@link #validate} and {@link CitizenIdValidator}.
 *
 * <p>{@link #toString()} masks the middle so a stray log line does not leak the number.
 *
 * @param value the normalised 18-character number, check character {@code X} upper-case
 */
public record CitizenIdNumber(String value) {

    /** Time zone that decides "today" when no clock is given. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * Normalises {@code value} (see {@link #normalise}) and checks it.
     *
     * @throws InvalidIdentifierException if a structural check fails
     */
    public CitizenIdNumber {
        value = normalise(value);
        List<Problem> errors = CitizenIdRules.structuralProblems(value, Integer.MAX_VALUE);
        if (!errors.isEmpty()) {
            throw new InvalidIdentifierException("citizen ID number", ValidationResult.of(value, errors, List.of()));
        }
    }

    /**
     * Validates against today's date in China (Asia/Shanghai), without a division table.
     * Never throws; null input gives an {@link Problem#EMPTY} error.
     */
    public static ValidationResult validate(String raw) {
        return validator(Clock.system(CHINA)).validate(raw);
    }

    /** A validator that uses {@code clock} for "today"; add a division table with {@link CitizenIdValidator#withRegistry}. */
    public static CitizenIdValidator validator(Clock clock) {
        return new CitizenIdValidator(clock, null);
    }

    /** @throws InvalidIdentifierException if {@code raw} fails a structural check */
    public static CitizenIdNumber parse(String raw) {
        return new CitizenIdNumber(raw);
    }

    /** The parsed number, or empty if {@code raw} fails a structural check. */
    public static Optional<CitizenIdNumber> tryParse(String raw) {
        String n = normalise(raw);
        return CitizenIdRules.structuralProblems(n, Integer.MAX_VALUE).isEmpty() ? Optional.of(new CitizenIdNumber(n)) : Optional.empty();
    }

    /**
     * Trims Unicode white space, folds full-width digits and letters to ASCII and upper-cases
     * {@code x}. Does no checking; returns null for null.
     */
    public static String normalise(String raw) {
        return IdentifierText.normalise(raw);
    }

    /**
     * The check character ({@code 0}–{@code 9} or {@code X}) for the first 17 digits.
     *
     * @throws IllegalArgumentException unless {@code first17} is exactly 17 ASCII digits
     */
    public static String checkDigit(String first17) {
        if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("Expected exactly 17 ASCII digits for a citizen ID check digit");
        }
        return CitizenIdRules.checkDigitOf(first17);
    }

    /**
     * {@code first17} followed by its check character; the result passes the check-digit test
     * (but not necessarily the address or date checks, which depend on what you put in).
     *
     * @throws IllegalArgumentException unless {@code first17} is exactly 17 ASCII digits
     */
    public static String withCheckDigit(String first17) {
        return first17 + checkDigit(first17);
    }

    /**
     * The 18-digit form of a first-generation 15-digit number (GB 11643-1999 appendix: {@code 19}
     * inserted before the two-digit year, check digit appended). Checks nothing else.
     *
     * @throws IllegalArgumentException unless {@code legacy} is exactly 15 ASCII digits after normalisation
     */
    public static String upgrade(String legacy) {
        String n = normalise(legacy);
        if (n == null || n.length() != CitizenIdRules.LEGACY_LENGTH || !CitizenIdRules.digits(n, 0, n.length())) {
            throw new IllegalArgumentException("Expected exactly 15 ASCII digits for a first-generation citizen ID number");
        }
        return CitizenIdRules.upgrade(n);
    }

    /** The six-digit GB/T 2260 address code in force when the number was issued. */
    public String addressCode() {
        return value.substring(0, 6);
    }

    /** The birth date, always a real date on or after 1800-01-01. */
    public LocalDate birthDate() {
        return CitizenIdRules.birthDate(value).orElseThrow();
    }

    /** The three-digit sequence code (positions 15–17). */
    public String sequenceCode() {
        return value.substring(14, 17);
    }

    /** Odd sequence code is male, even is female. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    @Override
    public String toString() {
        return "CitizenIdNumber[" + value.substring(0, 6) + "********" + value.substring(14) + "]";
    }
}
