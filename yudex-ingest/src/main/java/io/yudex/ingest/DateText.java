package io.yudex.ingest;

import static io.yudex.ingest.ValueConverter.quote;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;

/**
 * Dates and timestamps as Chinese offices write them: {@code 2023-01-05}, {@code 2023-1-5}, {@code 2023/1/5},
 * {@code 2023.01.05}, {@code 2023年1月5日}, {@code 20230105}, optionally followed by a space or 'T' and
 * {@code H:mm[:ss[.fff]]} or {@code 8时30分[15秒]}. Full-width digits and punctuation are accepted. A value with a time
 * zone is refused: the store keeps local times, and silently shifting or dropping the zone would change the data.
 */
final class DateText {

    private static final String DATE_FORMS =
            "; expected a date like 2023-01-05, 2023/1/5, 2023.01.05, 2023年1月5日 or 20230105";
    private static final String TIMESTAMP_FORMS =
            "; expected a date and time like 2023-01-05 08:30:00, 2023-01-05T08:30 or 2023年1月5日 8时30分";

    private DateText() {}

    static Conversion toDate(String s) {
        Parser p = new Parser(ascii(s));
        String trouble = p.parse();
        if (trouble == Parser.BAD_FORM) {
            return Conversion.failed(quote(s) + " is not a date" + DATE_FORMS);
        }
        if (trouble != null) {
            return Conversion.failed(quote(s) + trouble);
        }
        if (p.hour + p.minute + p.second + p.nano != 0) {
            return Conversion.failed(quote(s) + " has a time of day; a date column takes only a date like 2023-01-05");
        }
        return Conversion.ok(LocalDate.of(p.year, p.month, p.day));
    }

    static Conversion toTimestamp(String s) {
        Parser p = new Parser(ascii(s));
        String trouble = p.parse();
        if (trouble == Parser.BAD_FORM) {
            return Conversion.failed(quote(s) + " is not a date and time" + TIMESTAMP_FORMS);
        }
        if (trouble != null) {
            return Conversion.failed(quote(s) + trouble);
        }
        return Conversion.ok(LocalDateTime.of(p.year, p.month, p.day, p.hour, p.minute, p.second, p.nano));
    }

    /** Full-width ASCII (U+FF01..U+FF5E) and the ideographic space as their ASCII forms; most values have none. */
    static String ascii(String s) {
        int i = 0;
        while (i < s.length() && !isFullWidth(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\u3000') {
                chars[i] = ' ';
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            }
        }
        return new String(chars);
    }

    private static boolean isFullWidth(char c) {
        return c == '\u3000' || (c >= '\uFF01' && c <= '\uFF5E');
    }

    /** A cursor over one value; fields hold what has been read so far. */
    private static final class Parser {
        /** Marks a value whose shape matches no accepted form; identity-compared. */
        static final String BAD_FORM = new String("bad form");

        private final String s;
        private int pos;
        int year;
        int month;
        int day;
        int hour;
        int minute;
        int second;
        int nano;

        Parser(String s) {
            this.s = s;
        }

        /** Null for a valid date with an optional time, {@link #BAD_FORM}, or a sentence tail saying what is wrong. */
        String parse() {
            if (!date()) {
                return BAD_FORM;
            }
            if (pos < s.length()) {
                if (!timeSeparator() || !time()) {
                    return BAD_FORM;
                }
                if (pos < s.length()) {
                    return hasZone() ? " has a time zone; expected a local date and time like 2023-01-05 08:30:00"
                            : BAD_FORM;
                }
            }
            String trouble = checkDate();
            return trouble != null ? trouble : checkTime();
        }

        private boolean date() {
            int run = digitRun();
            if (run == 8) {
                year = number(4);
                month = number(2);
                day = number(2);
                return true;
            }
            if (run != 4) {
                return false;
            }
            year = number(4);
            char sep = peek();
            if (sep == '-' || sep == '/' || sep == '.') {
                pos++;
                return (month = number12()) >= 0 && accept(sep) && (day = number12()) >= 0;
            }
            if (sep == '年') {
                pos++;
                boolean ok = (month = number12()) >= 0 && accept('月') && (day = number12()) >= 0;
                if (ok && !accept('日')) {
                    accept('号'); // colloquial "5号" for the 5th
                }
                return ok;
            }
            return false;
        }

        private boolean timeSeparator() {
            if (accept('T')) {
                return true;
            }
            boolean spaced = false;
            while (accept(' ')) {
                spaced = true;
            }
            // "2023年1月5日8时30分" runs date and time together
            char previous = s.charAt(pos - 1);
            return spaced || previous == '日' || previous == '号';
        }

        private boolean time() {
            if ((hour = number12()) < 0) {
                return false;
            }
            if (accept(':')) {
                if ((minute = exactly2()) < 0) {
                    return false;
                }
                if (accept(':')) {
                    return (second = exactly2()) >= 0 && fraction();
                }
                return true;
            }
            if (accept('时') || accept('点')) {
                if (pos == s.length()) {
                    return true;
                }
                if ((minute = number12()) < 0 || !accept('分')) {
                    return false;
                }
                return pos == s.length() || ((second = number12()) >= 0 && accept('秒'));
            }
            return false;
        }

        private boolean fraction() {
            if (!accept('.') && !accept(',')) {
                return true;
            }
            int run = digitRun();
            if (run == 0 || run > 9) {
                return false;
            }
            nano = number(run);
            for (int i = run; i < 9; i++) {
                nano *= 10;
            }
            return true;
        }

        private boolean hasZone() {
            while (accept(' ')) {
                // "08:30:00 +08:00"
            }
            char c = peek();
            return c == 'Z' || c == 'z' || c == '+' || c == '-';
        }

        private String checkDate() {
            if (year == 0) {
                return " is not a date (year 0)";
            }
            if (month < 1 || month > 12) {
                return " is not a date (month " + month + ")";
            }
            if (day < 1 || day > 31) {
                return " is not a date (day " + day + ")";
            }
            if (day > Month.of(month).length(Year.isLeap(year))) {
                return " is not a real date";
            }
            return null;
        }

        private String checkTime() {
            if (hour > 23) {
                return " is not a valid time of day (hour " + hour + ")";
            }
            if (minute > 59) {
                return " is not a valid time of day (minute " + minute + ")";
            }
            if (second > 59) {
                return " is not a valid time of day (second " + second + ")";
            }
            return null;
        }

        private int digitRun() {
            int i = pos;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            return i - pos;
        }

        /** Reads exactly {@code count} digits the caller has checked are there. */
        private int number(int count) {
            int value = 0;
            for (int end = pos + count; pos < end; pos++) {
                value = value * 10 + (s.charAt(pos) - '0');
            }
            return value;
        }

        /** One or two digits, or -1. */
        private int number12() {
            int run = digitRun();
            return run == 1 || run == 2 ? number(run) : -1;
        }

        private int exactly2() {
            return digitRun() == 2 ? number(2) : -1;
        }

        private boolean accept(char c) {
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : 0;
        }
    }
}
