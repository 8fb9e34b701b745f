package io.yudex.standards.masking;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the year of a date written as {@code yyyy-MM-dd}, {@code yyyy/MM/dd} or {@code yyyyMMdd}. */
final class DateYears {

    /** Optional time after {@code T} or a space is allowed and ignored. */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:([-/])(\\d{2})\\2(\\d{2})|(\\d{2})(\\d{2}))(?:[T ].*)?");

    private DateYears() {
    }

    /** The four-digit year if {@code value} is one of the formats and a real calendar date. */
    static Optional<String> yearOf(String value) {
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String month = m.group(3) != null ? m.group(3) : m.group(5);
        String day = m.group(4) != null ? m.group(4) : m.group(6);
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(month), Integer.parseInt(day));
            return Optional.of(m.group(1));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
