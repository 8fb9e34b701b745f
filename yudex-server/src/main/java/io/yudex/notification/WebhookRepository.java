package io.yudex.notification;

import static io.yudex.notification.NotificationRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class WebhookRepository {

    /** An endpoint with its sealed secret, for signing. */
    record Sealed(WebhookEndpoint endpoint, String secretSealed) {}

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long departmentId, String url, List<String> events, String secretSealed, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO webhook_endpoint (department_id, url, events, secret_sealed, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """).params(departmentId, url, String.join(",", events), secretSealed, by, utc(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Sealed> find(long id) {
        return jdbc.sql("SELECT * FROM webhook_endpoint WHERE id = ?").param(id)
                .query((rs, n) -> new Sealed(map(rs, n), rs.getString("secret_sealed"))).optional();
    }

    /** A department's endpoints (all departments' with null), newest first. */
    List<WebhookEndpoint> list(Long departmentId) {
        return jdbc.sql("SELECT * FROM webhook_endpoint WHERE (CAST(:dept AS BIGINT) IS NULL OR department_id = :dept) ORDER BY id DESC")
                .param("dept", departmentId).query(WebhookRepository::map).list();
    }

    List<WebhookEndpoint> active(long departmentId) {
        return jdbc.sql("SELECT * FROM webhook_endpoint WHERE department_id = ? AND active ORDER BY id").param(departmentId)
                .query(WebhookRepository::map).list();
    }

    int countActive(long departmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_endpoint WHERE department_id = ? AND active").param(departmentId)
                .query(Integer.class).single();
    }

    boolean deactivate(long id) {
        return jdbc.sql("UPDATE webhook_endpoint SET active = FALSE WHERE id = ? AND active").param(id).update() == 1;
    }

    void rekey(long id, String secretSealed) {
        jdbc.sql("UPDATE webhook_endpoint SET secret_sealed = ? WHERE id = ?").params(secretSealed, id).update();
    }

    private static WebhookEndpoint map(ResultSet rs, int n) throws SQLException {
        return new WebhookEndpoint(rs.getLong("id"), rs.getLong("department_id"), rs.getString("url"),
                Arrays.asList(rs.getString("events").split(",")), rs.getBoolean("active"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
