package io.yudex.standards.identifier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks a GB 11643-1999 number can prove on its own, without a clock or a division table,
 * in two forms: {@link #structuralProblems} names every problem, {@link #fastCheck} answers
 * yes / no / "look closer" without allocating, for the hot path.
 */
final class CitizenIdRules {

    static final int LENGTH = 18;
    static final int LEGACY_LENGTH = 15;
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);
    static final int EARLIEST_BIRTH_YMD = 1800_01_01;

    /** {@link #fastCheck}: the number is invalid. */
    static final int INVALID_FAST = -1;
    /** {@link #fastCheck}: not plain ASCII of the right length; normalise and use the detailed checks. */
    static final int SLOW_FAST = -2;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final boolean[] PROVINCE = new boolean[100];
    private static final int[] DAYS_IN_MONTH = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    static {
        ProvinceParts.ASSIGNED.forEach(p -> PROVINCE[Integer.parseInt(p)] = true);
    }

    private CitizenIdRules() {
    }

    /**
     * Every problem of an 18-character number, in position order: length, characters, address
     * code (if its six characters are digits), birth date (if its eight are), check digit (if the
     * first 17 are digits). A birth date after {@code todayYmd} is a problem; pass
     * {@link Integer#MAX_VALUE} to leave that out.
     */
    static List<Problem> structuralProblems(String n, int todayYmd) {
        List<Problem> problems = new ArrayList<>();
        if (n == null || n.isEmpty()) {
            problems.add(IdentifierText.empty());
            return problems;
        }
        IdentifierText.lengthProblem(n, LENGTH, "").ifPresent(problems::add);
        IdentifierText.characterProblem(n, CitizenIdRules::allowed,
                "digits 0-9, and X only as the 18th character").ifPresent(problems::add);
        if (n.length() != LENGTH) {
            return problems;
        }
        if (digits(n, 0, 6)) {
            addressProblem(n.substring(0, 6)).ifPresent(problems::add);
        }
        if (digits(n, 6, 14)) {
            birthDateProblem(n.substring(6, 14), todayYmd).ifPresent(problems::add);
        }
        char last = n.charAt(17);
        if (digits(n, 0, 17) && (IdentifierText.isDigit(last) || last == 'X')) {
            String expected = checkDigitOf(n.substring(0, 17));
            if (expected.charAt(0) != last) {
                problems.add(new Problem(Problem.CHECK_DIGIT, "check digit: expected " + expected + ", got " + last));
            }
        }
        return problems;
    }

    /**
     * Every problem of a first-generation 15-digit number (6-digit address code, {@code YYMMDD}
     * birth date in the 1900s, 3-digit sequence, no check digit).
     */
    static List<Problem> legacyProblems(String n, int todayYmd) {
        List<Problem> problems = new ArrayList<>();
        IdentifierText.characterProblem(n, (i, c) -> IdentifierText.isDigit(c),
                "digits 0-9 (a 15-digit number has no check character)").ifPresent(problems::add);
        if (digits(n, 0, 6)) {
            addressProblem(n.substring(0, 6)).ifPresent(problems::add);
        }
        if (digits(n, 6, 12)) {
            birthDateProblem("19" + n.substring(6, 12), todayYmd).ifPresent(problems::add);
        }
        return problems;
    }

    /** The 18-digit number for a 15-digit one: {@code 19} inserted before the year, check digit appended. */
    static String upgrade(String legacy) {
        String first17 = legacy.substring(0, 6) + "19" + legacy.substring(6);
        return first17 + checkDigitOf(first17);
    }

    static String checkDigitOf(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return String.valueOf(CHECK_CHARS.charAt(sum % 11));
    }

    /** The birth date in positions 7–14 if it is a real calendar date. */
    static Optional<LocalDate> birthDate(String n) {
        return date(n.substring(6, 14));
    }

    /**
     * Checks an 18-character number without allocating. Returns the address code (0–999999) when
     * the number passes: assigned province, real date from 1800 to {@code todayYmd}, right check
     * digit (lower-case {@code x} counts as {@code X}); whether the address code exists is the
     * caller's. Otherwise {@link #INVALID_FAST}, or {@link #SLOW_FAST} when the input is not 18
     * ASCII characters of the right kinds and needs normalising and the detailed checks.
     */
    static int fastCheck(CharSequence s, int todayYmd) {
        if (s.length() != LENGTH) {
            return SLOW_FAST;
        }
        int sum = 0;
        int address = 0;
        for (int i = 0; i < 6; i++) {
            int d = s.charAt(i) - '0';
            if ((d | (9 - d)) < 0) {
                return SLOW_FAST;
            }
            sum += d * WEIGHTS[i];
            address = address * 10 + d;
        }
        int ymd = 0;
        for (int i = 6; i < 14; i++) {
            int d = s.charAt(i) - '0';
            if ((d | (9 - d)) < 0) {
                return SLOW_FAST;
            }
            sum += d * WEIGHTS[i];
            ymd = ymd * 10 + d;
        }
        for (int i = 14; i < 17; i++) {
            int d = s.charAt(i) - '0';
            if ((d | (9 - d)) < 0) {
                return SLOW_FAST;
            }
            sum += d * WEIGHTS[i];
        }
        char last = s.charAt(17);
        char expected = CHECK_CHARS.charAt(sum % 11);
        if (last != expected && !(last == 'x' && expected == 'X')) {
            return (last >= '0' && last <= '9') || last == 'X' || last == 'x' ? INVALID_FAST : SLOW_FAST;
        }
        if (!PROVINCE[address / 10_000] || !isPlausibleBirth(ymd, todayYmd)) {
            return INVALID_FAST;
        }
        return address;
    }

    /** A real calendar date {@code yyyymmdd} from 1800-01-01 up to and including {@code todayYmd}. */
    static boolean isPlausibleBirth(int ymd, int todayYmd) {
        int year = ymd / 10_000;
        int month = ymd / 100 % 100;
        int day = ymd % 100;
        if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month]) {
            return false;
        }
        if (month == 2 && day == 29 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
            return false;
        }
        return ymd >= EARLIEST_BIRTH_YMD && ymd <= todayYmd;
    }

    static int ymd(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!IdentifierText.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<LocalDate> date(String yyyymmdd) {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean allowed(int index, char c) {
        return IdentifierText.isDigit(c) || (index == LENGTH - 1 && c == 'X');
    }

    private static Optional<Problem> addressProblem(String address) {
        String province = address.substring(0, 2);
        if (PROVINCE[Integer.parseInt(province)]) {
            return Optional.empty();
        }
        return Optional.of(new Problem(Problem.ADDRESS_CODE, "address code " + address
                + ": province part " + province + " is not assigned in GB/T 2260"));
    }

    private static Optional<Problem> birthDateProblem(String digits, int todayYmd) {
        Optional<LocalDate> date = date(digits);
        if (date.isEmpty()) {
            return Optional.of(new Problem(Problem.BIRTH_DATE_INVALID,
                    "birth date " + digits + " is not a calendar date (expected YYYYMMDD)"));
        }
        if (date.get().isBefore(EARLIEST_BIRTH)) {
            return Optional.of(new Problem(Problem.BIRTH_DATE_INVALID,
                    "birth date " + date.get() + " is before " + EARLIEST_BIRTH));
        }
        if (ymd(date.get()) > todayYmd) {
            LocalDate today = LocalDate.of(todayYmd / 10_000, todayYmd / 100 % 100, todayYmd % 100);
            return Optional.of(new Problem(Problem.BIRTH_DATE_FUTURE,
                    "birth date " + date.get() + " is after today (" + today + ")"));
        }
        return Optional.empty();
    }
}
