package io.yudex.standards.identifier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checks a GB 11643-1999 number can prove on its own, without a clock or a division table. */
final class CitizenIdRules {

    static final int LENGTH = 18;
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private CitizenIdRules() {
    }

    static List<Problem> structuralProblems(String n) {
        List<Problem> problems = new ArrayList<>();
        if (n == null || n.isEmpty()) {
            problems.add(IdentifierText.empty());
            return problems;
        }
        IdentifierText.lengthProblem(n, LENGTH, n.length() == 15
                ? " (first-generation 15-digit numbers are not accepted)" : "").ifPresent(problems::add);
        IdentifierText.characterProblem(n, CitizenIdRules::allowed,
                "digits 0-9, and X only as the 18th character").ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return problems;
        }
        addressProblem(n).ifPresent(problems::add);
        birthDateProblem(n).ifPresent(problems::add);
        String expected = checkDigitOf(n.substring(0, 17));
        String actual = n.substring(17);
        if (!expected.equals(actual)) {
            problems.add(new Problem(Problem.CHECK_DIGIT, "check digit: expected " + expected + ", got " + actual));
        }
        return problems;
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
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(n.substring(6, 10)),
                    Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean allowed(int index, char c) {
        return IdentifierText.isDigit(c) || (index == LENGTH - 1 && c == 'X');
    }

    private static Optional<Problem> addressProblem(String n) {
        String province = n.substring(0, 2);
        if (ProvinceParts.ASSIGNED.contains(province)) {
            return Optional.empty();
        }
        return Optional.of(new Problem(Problem.ADDRESS_CODE, "address code " + n.substring(0, 6)
                + ": province part " + province + " is not assigned in GB/T 2260"));
    }

    private static Optional<Problem> birthDateProblem(String n) {
        String digits = n.substring(6, 14);
        Optional<LocalDate> date = birthDate(n);
        if (date.isEmpty()) {
            return Optional.of(new Problem(Problem.BIRTH_DATE_INVALID,
                    "birth date " + digits + " is not a calendar date (expected YYYYMMDD)"));
        }
        if (date.get().isBefore(EARLIEST_BIRTH)) {
            return Optional.of(new Problem(Problem.BIRTH_DATE_INVALID,
                    "birth date " + date.get() + " is before " + EARLIEST_BIRTH));
        }
        return Optional.empty();
    }
}
