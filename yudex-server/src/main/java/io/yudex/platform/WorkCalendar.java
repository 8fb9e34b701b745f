package io.yudex.platform;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Working days: Monday to Friday, except the public holidays and make-up working days (调休) the platform admin
 * records, as each year's State Council notice lists them.
 */
@Repository
public class WorkCalendar {

    /** A day that differs from the Monday–Friday rule. */
    public record Exception(LocalDate day, boolean working, String name) {}

    private final JdbcClient jdbc;

    public WorkCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The {@code n}-th working day after {@code from} (n ≥ 1). */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        Map<LocalDate, Boolean> exceptions = exceptions(from, from.plusDays(n * 3L + 60));
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (working(day, exceptions)) {
                counted++;
            }
        }
        return day;
    }

    /** Whether each day from {@code from} to {@code to} (inclusive) is a working day, with one query for the range. */
    public java.util.function.Predicate<LocalDate> workingDays(LocalDate from, LocalDate to) {
        Map<LocalDate, Boolean> exceptions = exceptions(from, to);
        return day -> working(day, exceptions);
    }

    public List<Exception> list(int year) {
        return jdbc.sql("SELECT calendar_day, working, name FROM work_calendar WHERE calendar_day BETWEEN ? AND ? ORDER BY calendar_day")
                .params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, n) -> new Exception(rs.getDate(1).toLocalDate(), rs.getBoolean(2), rs.getString(3))).list();
    }

    /** Records (or, with a null name, removes) an exception for one day. */
    public void put(LocalDate day, boolean working, String name) {
        jdbc.sql("DELETE FROM work_calendar WHERE calendar_day = ?").param(Date.valueOf(day)).update();
        if (name != null) {
            jdbc.sql("INSERT INTO work_calendar (calendar_day, working, name) VALUES (?, ?, ?)").params(Date.valueOf(day), working, name).update();
        }
    }

    private static boolean working(LocalDate day, Map<LocalDate, Boolean> exceptions) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, Boolean> exceptions(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT calendar_day, working FROM work_calendar WHERE calendar_day BETWEEN ? AND ?").params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> Map.entry(rs.getDate(1).toLocalDate(), rs.getBoolean(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
