package io.yudex.opendata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts views and downloads per dataset and day (Asia/Shanghai days) from {@link OpenDataUsed} events. */
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

    /** Total views and downloads of a dataset. */
    Map<String, Long> totals(String code) {
        return jdbc.sql("SELECT COALESCE(SUM(views), 0) AS v, COALESCE(SUM(downloads), 0) AS d FROM open_usage WHERE resource_code = ?")
                .param(code).query((rs, n) -> Map.of("views", rs.getLong("v"), "downloads", rs.getLong("d"))).single();
    }

    /** Downloads over all datasets. */
    long totalDownloads() {
        return jdbc.sql("SELECT COALESCE(SUM(downloads), 0) FROM open_usage").query(Long.class).single();
    }
}
