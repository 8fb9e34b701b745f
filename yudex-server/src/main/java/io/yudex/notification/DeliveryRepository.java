package io.yudex.notification;

import static io.yudex.notification.NotificationRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DeliveryRepository {

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long endpointId, String event, String payload, Instant at) {
        jdbc.sql("""
                INSERT INTO webhook_delivery (endpoint_id, event, payload, status, next_attempt_at, created_at)
                VALUES (?, ?, ?, 'PENDING', ?, ?)
                """).params(endpointId, event, payload, utc(at), utc(at)).update();
    }

    /** Ids of deliveries due now: pending ones, and sendings whose claim lapsed (the node sending them died). */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM webhook_delivery WHERE status IN ('PENDING', 'SENDING') AND next_attempt_at <= ?
                 ORDER BY next_attempt_at, id LIMIT ?
                """).params(utc(now), limit).query(Long.class).list();
    }

    /** Takes a due delivery for this node until {@code until}; false when another node took it first. */
    boolean claim(long id, Instant now, Instant until) {
        return jdbc.sql("""
                UPDATE webhook_delivery SET status = 'SENDING', next_attempt_at = ?
                 WHERE id = ? AND status IN ('PENDING', 'SENDING') AND next_attempt_at <= ?
                """).params(utc(until), id, utc(now)).update() == 1;
    }

    void delivered(long id, int httpStatus, Instant at) {
        jdbc.sql("""
                UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, last_status = ?, last_error = NULL,
                       delivered_at = ? WHERE id = ?
                """).params(httpStatus, utc(at), id).update();
    }

    /** Records a failed attempt: pending again at {@code next}, or DEAD when {@code next} is null. */
    void failed(long id, Integer httpStatus, String error, Instant next, Instant now) {
        jdbc.sql("""
                UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, last_status = ?, last_error = ?, next_attempt_at = ?
                 WHERE id = ?
                """).params(next == null ? "DEAD" : "PENDING", httpStatus, error, utc(next == null ? now : next), id).update();
    }

    /** Puts a dead delivery back in the queue with a fresh set of attempts. */
    boolean replay(long id, Instant now) {
        return jdbc.sql("UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ? WHERE id = ? AND status = 'DEAD'")
                .params(utc(now), id).update() == 1;
    }

    Optional<WebhookDelivery> find(long id) {
        return jdbc.sql("SELECT * FROM webhook_delivery WHERE id = ?").param(id).query(DeliveryRepository::map).optional();
    }

    List<WebhookDelivery> list(long endpointId, String status, int limit) {
        return jdbc.sql("""
                SELECT * FROM webhook_delivery WHERE endpoint_id = :endpoint AND (CAST(:status AS VARCHAR(12)) IS NULL OR status = :status)
                 ORDER BY id DESC LIMIT :limit
                """).param("endpoint", endpointId).param("status", status).param("limit", limit).query(DeliveryRepository::map).list();
    }

    private static WebhookDelivery map(ResultSet rs, int n) throws SQLException {
        int code = rs.getInt("last_status");
        Integer lastStatus = rs.wasNull() ? null : code;
        OffsetDateTime delivered = rs.getObject("delivered_at", OffsetDateTime.class);
        return new WebhookDelivery(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("event"), rs.getString("payload"),
                rs.getString("status"), rs.getInt("attempts"), rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(), lastStatus,
                rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                delivered == null ? null : delivered.toInstant());
    }
}
