package io.yudex.opendata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Applications for conditionally open data and the accesses made under them. */
@Repository
class OpenApplicationRepository {

    private static final String SELECT = """
            SELECT a.*, r.name AS resource_name, u.username FROM open_application a
              JOIN catalog_resource r ON r.code = a.resource_code JOIN portal_user u ON u.id = a.user_id
            """;

    private final JdbcClient jdbc;

    OpenApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String code, long providerId, long userId, ApplicationForm f, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO open_application (resource_code, provider_id, user_id, purpose, scenario, commitment, requested_from, requested_to,
                                              status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, providerId, userId, f.purpose().strip(), f.scenario().strip(), true, f.from(), f.to(),
                        ApplicationStatus.PENDING.name(), utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Records a decision if the application is still in {@code from}; false when someone decided first. */
    boolean decide(long id, ApplicationStatus from, ApplicationStatus to, LocalDate approvedTo, String reason, String by, Instant at) {
        return jdbc.sql("""
                UPDATE open_application SET status = ?, approved_to = ?, reason = ?, decided_by = ?, decided_at = ?
                 WHERE id = ? AND status = ?""")
                .params(to.name(), approvedTo, reason, by, utc(at), id, from.name()).update() == 1;
    }

    Optional<OpenApplication> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(this::map).optional();
    }

    List<OpenApplication> ofUser(long userId) {
        return jdbc.sql(SELECT + " WHERE a.user_id = ? ORDER BY a.id DESC").param(userId).query(this::map).list();
    }

    List<OpenApplication> ofUserAndResource(long userId, String code) {
        return jdbc.sql(SELECT + " WHERE a.user_id = ? AND a.resource_code = ? ORDER BY a.id DESC").params(userId, code).query(this::map).list();
    }

    /** Of one provider, or of all when {@code providerId} is null; pending first, then newest. */
    List<OpenApplication> ofProvider(Long providerId, int limit) {
        String where = providerId == null ? "" : " WHERE a.provider_id = " + providerId;
        return jdbc.sql(SELECT + where + " ORDER BY CASE WHEN a.status = 'PENDING' THEN 0 ELSE 1 END, a.id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .query(this::map).list();
    }

    void recordAccess(long applicationId, String kind, Long keyId, String detail, Instant at) {
        jdbc.sql("INSERT INTO open_application_access (application_id, kind, key_id, detail, accessed_at) VALUES (?, ?, ?, ?, ?)")
                .params(applicationId, kind, keyId, detail, utc(at)).update();
    }

    List<OpenApplication.Access> accesses(long applicationId, int limit) {
        return jdbc.sql("SELECT * FROM open_application_access WHERE application_id = ? ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param(applicationId)
                .query((rs, n) -> {
                    long key = rs.getLong("key_id");
                    Long keyId = rs.wasNull() ? null : key;
                    return new OpenApplication.Access(rs.getLong("id"), rs.getString("kind"), keyId, rs.getString("detail"),
                            instant(rs, "accessed_at"));
                }).list();
    }

    long accessCount(long applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM open_application_access WHERE application_id = ?").param(applicationId).query(Long.class).single();
    }

    private OpenApplication map(ResultSet rs, int n) throws SQLException {
        return new OpenApplication(rs.getLong("id"), rs.getString("resource_code"), rs.getString("resource_name"), rs.getLong("provider_id"),
                rs.getLong("user_id"), rs.getString("username"), rs.getString("purpose"), rs.getString("scenario"), rs.getBoolean("commitment"),
                rs.getObject("requested_from", LocalDate.class), rs.getObject("requested_to", LocalDate.class),
                rs.getObject("approved_to", LocalDate.class), ApplicationStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getString("decided_by"), instant(rs, "decided_at"), instant(rs, "created_at"));
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
