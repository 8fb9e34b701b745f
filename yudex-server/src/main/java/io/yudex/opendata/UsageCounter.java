package io.yudex.opendata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts views, downloads and open-API calls per dataset and day (Asia/Shanghai days) from {@link OpenDataUsed} events. */
@Component
class UsageCounter {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    UsageCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(OpenDataUsed event) {
        String column = switch (event.kind()) {
            case OpenDataUsed.VIEW -> "views";
            case OpenDataUsed.DOWNLOAD -> "downloads";
            case OpenDataUsed.API -> "api_calls";
            default -> null;
        };
        if (column != null) {
            increment(event.resourceCode(), LocalDate.ofInstant(event.at(), ZONE), column);
        }
    }

    /** Update first, insert when the day has no row; a concurrent insert of the same day loses the race and retries. */
    private synchronized void increment(String code, LocalDate day, String column) {
        int updated = jdbc.sql("UPDATE open_usage SET " + column + " = " + column + " + 1 WHERE resource_code = ? AND usage_day = ?")
                .params(code, day).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO open_usage (resource_code, usage_day, " + column + ") VALUES (?, ?, 1)").params(code, day).update();
            } catch (org.springframework.dao.DuplicateKeyException e) {
                jdbc.sql("UPDATE open_usage SET " + column + " = " + column + " + 1 WHERE resource_code = ? AND usage_day = ?").params(code, day).update();
            }
        }
    }

    /** Total views, downloads and open-API calls of a dataset. */
    Map<String, Long> totals(String code) {
        return jdbc.sql("SELECT COALESCE(SUM(views), 0) AS v, COALESCE(SUM(downloads), 0) AS d, COALESCE(SUM(api_calls), 0) AS a"
                        + " FROM open_usage WHERE resource_code = ?")
                .param(code).query((rs, n) -> Map.of("views", rs.getLong("v"), "downloads", rs.getLong("d"), "apiCalls", rs.getLong("a"))).single();
    }

    /** Open-API calls over all datasets. */
    long totalApiCalls() {
        return jdbc.sql("SELECT COALESCE(SUM(api_calls), 0) FROM open_usage").query(Long.class).single();
    }

    /** Downloads over all datasets. */
    long totalDownloads() {
        return jdbc.sql("SELECT COALESCE(SUM(downloads), 0) FROM open_usage").query(Long.class).single();
    }
}
