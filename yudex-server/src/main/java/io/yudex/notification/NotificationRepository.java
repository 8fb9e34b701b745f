package io.yudex.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Long departmentId, String event, String resourceCode, Long applicationId, String actor, String detail, Instant at) {
        jdbc.sql("""
                INSERT INTO notification (department_id, event, resource_code, application_id, actor, detail, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(departmentId, event, resourceCode, applicationId, actor, detail, utc(at)).update();
    }

    /** The newest notifications of a department (and of the platform operator when {@code operator}), with read state. */
    List<Notification> list(Long departmentId, boolean operator, String username, boolean unreadOnly, int limit) {
        return jdbc.sql("""
                SELECT n.*, r.read_at FROM notification n
                  LEFT JOIN notification_read r ON r.notification_id = n.id AND r.username = :user
                 WHERE (n.department_id = :dept OR (:operator AND n.department_id IS NULL))
                   AND (NOT :unread OR r.read_at IS NULL)
                 ORDER BY n.id DESC
                 LIMIT :limit
                """).param("user", username).param("dept", departmentId).param("operator", operator).param("unread", unreadOnly)
                .param("limit", limit).query(NotificationRepository::map).list();
    }

    int unread(Long departmentId, boolean operator, String username) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM notification n
                 WHERE (n.department_id = :dept OR (:operator AND n.department_id IS NULL))
                   AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.username = :user)
                """).param("user", username).param("dept", departmentId).param("operator", operator).query(Integer.class).single();
    }

    /** Marks the given (visible) notifications read for the user; already read ones keep their first read time. */
    void markRead(List<Long> ids, String username, Instant at) {
        for (long id : ids) {
            jdbc.sql("""
                    INSERT INTO notification_read (notification_id, username, read_at)
                    SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM notification_read WHERE notification_id = ? AND username = ?)
                    """).params(id, username, utc(at), id, username).update();
        }
    }

    int markAllRead(Long departmentId, boolean operator, String username, Instant at) {
        return jdbc.sql("""
                INSERT INTO notification_read (notification_id, username, read_at)
                SELECT n.id, :user, :at FROM notification n
                 WHERE (n.department_id = :dept OR (:operator AND n.department_id IS NULL))
                   AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.username = :user)
                """).param("user", username).param("at", utc(at)).param("dept", departmentId).param("operator", operator).update();
    }

    /** Truncated to what the column keeps, so that "due at or before now" holds for a row written now. */
    static OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Notification map(ResultSet rs, int n) throws SQLException {
        long dept = rs.getLong("department_id");
        Long departmentId = rs.wasNull() ? null : dept;
        long app = rs.getLong("application_id");
        Long applicationId = rs.wasNull() ? null : app;
        return new Notification(rs.getLong("id"), departmentId, rs.getString("event"), rs.getString("resource_code"), applicationId,
                rs.getString("actor"), rs.getString("detail"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("read_at") != null);
    }
}
