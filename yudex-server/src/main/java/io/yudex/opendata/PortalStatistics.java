package io.yudex.opendata;

import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Views, downloads and open-API calls per dataset, department and day (Asia/Shanghai days), over a period of at most
 * {@value #MAX_DAYS} days. A department's people see their own datasets; the platform admin and auditors see all.
 */
@Service
public class PortalStatistics {

    static final int MAX_DAYS = 366;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Usage counts; {@code key} is a day (yyyy-MM-dd), a resource code or a department code. */
    public record Usage(String key, String name, String department, long views, long downloads, long apiCalls) {}

    /**
     * A period and whose datasets.
     *
     * @param departmentId null: every department
     */
    public record Scope(LocalDate from, LocalDate to, Long departmentId, String departmentName) {}

    public record Report(Scope scope, Usage total, List<Usage> days, List<Usage> datasets, List<Usage> departments) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    PortalStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The scope a caller may see over the period (defaults: the 30 days up to today).
     *
     * @throws ForbiddenException for the anonymous public, and for anyone without a department or an all-seeing role
     */
    public Scope scope(Caller caller, LocalDate from, LocalDate to) {
        if (caller.anonymous()) {
            throw new ForbiddenException("Sign in to see the statistics of your datasets");
        }
        LocalDate end = to == null ? LocalDate.now(clock.withZone(ZONE)) : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end)) {
            throw InvalidInputException.of("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw InvalidInputException.of("from", "the period is at most " + MAX_DAYS + " days");
        }
        if (caller.platformAdmin() || caller.has(Role.AUDITOR)) {
            return new Scope(start, end, null, null);
        }
        if (caller.departmentId() == null) {
            throw new ForbiddenException("Only a department's people or the platform admin see usage statistics");
        }
        String name = jdbc.sql("SELECT name FROM department WHERE id = ?").param(caller.departmentId()).query(String.class).optional().orElse(null);
        return new Scope(start, end, caller.departmentId(), name);
    }

    /** The public portal's own figures: every department over the last {@code days} days. */
    public Scope publicScope(int days) {
        LocalDate end = LocalDate.now(clock.withZone(ZONE));
        return new Scope(end.minusDays(days - 1L), end, null, null);
    }

    public Report report(Scope scope, int datasetLimit) {
        List<Usage> days = group(scope, "CAST(u.usage_day AS VARCHAR(10))", "CAST(u.usage_day AS VARCHAR(10))", "MIN(d.name)", "key", Integer.MAX_VALUE);
        List<Usage> filled = fill(scope, days);
        List<Usage> datasets = group(scope, "r.code", "MIN(r.name)", "MIN(d.name)", "sd DESC, sv DESC, key", datasetLimit);
        List<Usage> departments = group(scope, "d.code", "MIN(d.name)", "MIN(d.name)", "sd DESC, sv DESC, key", 100);
        long v = 0, dl = 0, a = 0;
        for (Usage u : days) {
            v += u.views();
            dl += u.downloads();
            a += u.apiCalls();
        }
        return new Report(scope, new Usage("total", null, scope.departmentName(), v, dl, a), filled, datasets, departments);
    }

    /** All-time totals per dataset, for the rankings (codes and names as the catalog holds them). */
    public List<Usage> allTime(String orderBy, int limit) {
        String order = switch (orderBy) {
            case "downloads" -> "sd DESC";
            case "apiCalls" -> "sa DESC";
            case "views" -> "sv DESC";
            default -> throw new IllegalArgumentException("Cannot rank by " + orderBy);
        };
        return jdbc.sql("""
                SELECT r.code AS k, MIN(r.name) AS n, MIN(d.name) AS dn, SUM(u.views) AS sv, SUM(u.downloads) AS sd,
                    SUM(u.api_calls) AS sa
                FROM open_usage u JOIN catalog_resource r ON r.code = u.resource_code JOIN department d ON d.id = r.provider_id
                GROUP BY r.code ORDER BY\s""" + order + ", k FETCH FIRST " + limit + " ROWS ONLY")
                .query((rs, n) -> new Usage(rs.getString("k"), rs.getString("n"), rs.getString("dn"), rs.getLong("sv"),
                        rs.getLong("sd"), rs.getLong("sa"))).list();
    }

    /** One GROUP BY over the scope; the expressions are constants of this class, never request text. */
    private List<Usage> group(Scope scope, String key, String name, String department, String order, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(key).append(" AS k, ").append(name).append(" AS n, ").append(department)
                .append(" AS dn, SUM(u.views) AS sv, SUM(u.downloads) AS sd, SUM(u.api_calls) AS sa")
                .append(" FROM open_usage u JOIN catalog_resource r ON r.code = u.resource_code JOIN department d ON d.id = r.provider_id")
                .append(" WHERE u.usage_day >= ? AND u.usage_day <= ?");
        List<Object> params = new ArrayList<>(List.of(scope.from(), scope.to()));
        if (scope.departmentId() != null) {
            sql.append(" AND r.provider_id = ?");
            params.add(scope.departmentId());
        }
        sql.append(" GROUP BY ").append(key).append(" ORDER BY ").append(order.replace("key", "k"));
        if (limit != Integer.MAX_VALUE) {
            sql.append(" FETCH FIRST ").append(limit).append(" ROWS ONLY");
        }
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Usage(rs.getString("k"), rs.getString("n"), rs.getString("dn"),
                rs.getLong("sv"), rs.getLong("sd"), rs.getLong("sa"))).list();
    }

    /** Every day of the period, zero where nothing was counted, so a chart's axis has no gaps. */
    private static List<Usage> fill(Scope scope, List<Usage> days) {
        java.util.Map<String, Usage> byDay = new java.util.HashMap<>();
        days.forEach(u -> byDay.put(u.key(), u));
        List<Usage> out = new ArrayList<>();
        for (LocalDate d = scope.from(); !d.isAfter(scope.to()); d = d.plusDays(1)) {
            String k = d.toString();
            out.add(byDay.getOrDefault(k, new Usage(k, k, null, 0, 0, 0)));
        }
        return out;
    }
}
