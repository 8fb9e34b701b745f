package io.yudex.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import io.yudex.platform.WorkCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Usage statistics and unusual-use flags over the data accesses of a time range, computed on demand. */
@Service
public class AuditInsights {

    /** Rows per day for each consumer and each resource; {@code days} is the x axis of every series. */
    public record Usage(List<LocalDate> days, Map<String, List<Long>> rowsByConsumer, Map<String, List<Long>> rowsByResource,
            Map<String, List<Long>> requestsByConsumer) {}

    /** A flag for the API and the console. */
    public record Flag(String kind, String consumer, LocalDate day, String reason, List<String> facts, List<Long> entries) {}

    private final JdbcClient jdbc;
    private final AuditProperties properties;
    private final Clock clock;
    private final WorkCalendar calendar;

    AuditInsights(JdbcClient jdbc, AuditProperties properties, Clock clock, WorkCalendar calendar) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.calendar = calendar;
    }

    public List<Flag> flags(Instant from, Instant to) {
        UnusualUse.Settings s = new UnusualUse.Settings(clock.getZone(), properties.workdayStart(), properties.workdayEnd(), properties.burstWindow(),
                properties.burstDistinct(), properties.volumeMinRows(), properties.volumeMinDays(),
                calendar.workingDays(from.atZone(clock.getZone()).toLocalDate(), to.atZone(clock.getZone()).toLocalDate()));
        return UnusualUse.detect(accesses(from, to), s).stream()
                .map(f -> new Flag(f.kind(), f.consumer(), f.day(), f.reason(), f.facts(), f.entries())).toList();
    }

    public Usage usage(Instant from, Instant to) {
        List<UnusualUse.Access> accesses = accesses(from, to);
        TreeSet<LocalDate> days = new TreeSet<>();
        accesses.forEach(a -> days.add(day(a)));
        List<LocalDate> axis = new ArrayList<>(days);
        Map<String, List<Long>> byConsumer = new TreeMap<>();
        Map<String, List<Long>> byResource = new TreeMap<>();
        Map<String, List<Long>> requests = new TreeMap<>();
        for (UnusualUse.Access a : accesses) {
            int d = axis.indexOf(day(a));
            add(byConsumer, a.consumer(), axis.size(), d, a.rows());
            add(byResource, a.resource() == null ? "-" : a.resource(), axis.size(), d, a.rows());
            add(requests, a.consumer(), axis.size(), d, 1);
        }
        return new Usage(axis, byConsumer, byResource, requests);
    }

    private List<UnusualUse.Access> accesses(Instant from, Instant to) {
        return jdbc.sql("SELECT idx, logged_at, actor, department, client, resource, row_count, lookup FROM audit_entry "
                        + "WHERE action = 'data.query' AND logged_at >= ? AND logged_at < ? ORDER BY idx")
                .params(AuditStore.utc(from), AuditStore.utc(to))
                .query((rs, n) -> new UnusualUse.Access(rs.getLong("idx"), rs.getObject("logged_at", java.time.OffsetDateTime.class).toInstant(),
                        consumer(rs.getString("client"), rs.getString("department"), rs.getString("actor")), rs.getString("resource"),
                        rs.getLong("row_count"), rs.getString("lookup")))
                .list();
    }

    private LocalDate day(UnusualUse.Access a) {
        return a.at().atZone(clock.getZone()).toLocalDate();
    }

    private static void add(Map<String, List<Long>> series, String key, int days, int day, long value) {
        List<Long> s = series.computeIfAbsent(key, k -> new ArrayList<>(java.util.Collections.nCopies(days, 0L)));
        s.set(day, s.get(day) + value);
    }

    private static String consumer(String client, String department, String actor) {
        return client != null ? client : department != null ? department : actor;
    }
}
