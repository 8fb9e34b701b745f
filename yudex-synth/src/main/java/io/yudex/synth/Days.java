package io.yudex.synth;

import java.time.LocalDate;

/**
 * Dates as day indexes counted from 1930-01-01, with allocation-free formatting. The table reaches
 * 2035-12-31, far enough for licence expiry dates.
 */
final class Days {

    static final LocalDate FIRST = LocalDate.of(1930, 1, 1);
    private static final int COUNT = (int) (LocalDate.of(2035, 12, 31).toEpochDay() - FIRST.toEpochDay() + 1);
    /** yyyyMMdd of every day in the table. */
    private static final int[] YMD = new int[COUNT];

    static {
        LocalDate d = FIRST;
        for (int i = 0; i < COUNT; i++, d = d.plusDays(1)) {
            YMD[i] = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
        }
    }

    private Days() {
    }

    /** The index of {@code date}. */
    static int of(LocalDate date) {
        return (int) (date.toEpochDay() - FIRST.toEpochDay());
    }

    /** The index of a date given as year, month and day. */
    static int of(int year, int month, int day) {
        return of(LocalDate.of(year, month, day));
    }

    static int year(int day) {
        return YMD[day] / 10000;
    }

    /** Appends {@code yyyy-MM-dd}. */
    static void appendIso(StringBuilder sb, int day) {
        char[] iso = new char[10];
        int ymd = YMD[day];
        for (int k = 9; k >= 0; k--) {
            if (k == 4 || k == 7) {
                iso[k] = '-';
            } else {
                iso[k] = (char) ('0' + ymd % 10);
                ymd /= 10;
            }
        }
        sb.append(iso);
    }

    /** yyyyMMdd as a number. */
    static int ymd(int day) {
        return YMD[day];
    }
}
