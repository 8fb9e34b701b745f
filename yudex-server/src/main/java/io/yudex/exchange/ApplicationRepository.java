package io.yudex.exchange;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationRepository {

    private static final String SELECT = """
            SELECT a.*, r.name AS resource_name, r.provider_id, d.name AS consumer_name, g.id AS grant_id
              FROM share_application a
              JOIN catalog_resource r ON r.code = a.resource_code
              JOIN department d ON d.id = a.consumer_department_id
              LEFT JOIN share_grant g ON g.application_id = a.id
            """;

    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ApplicationCommand c, long consumerId, String applicant, ApplicationStatus status, LocalDate due, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO share_application (resource_code, consumer_department_id, applicant, items, purpose, basis, row_scope, modes,
                                               valid_until, status, due_date, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(c.resourceCode(), consumerId, applicant, String.join(",", c.items()), c.purpose(), c.basis(), c.rowScope(),
                modes(c.modes()), Date.valueOf(c.validUntil()), status.name(), due == null ? null : Date.valueOf(due), utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Moves an application, only from the status it was read in (so two deciders cannot both win). */
    boolean move(long id, ApplicationStatus from, ApplicationStatus to) {
        return jdbc.sql("UPDATE share_application SET status = ? WHERE id = ? AND status = ?").params(to.name(), id, from.name()).update() == 1;
    }

    void decide(long id, String by, Instant at, String reason, List<String> grantedItems, LocalDate grantedUntil) {
        jdbc.sql("""
                UPDATE share_application SET decided_by = ?, decided_at = ?, decision_reason = ?, granted_items = ?, granted_until = ?, due_date = NULL
                 WHERE id = ?
                """).params(by, utc(at), reason, grantedItems == null ? null : String.join(",", grantedItems),
                grantedUntil == null ? null : Date.valueOf(grantedUntil), id).update();
    }

    void event(long id, Instant at, String actor, String action, ApplicationStatus from, ApplicationStatus to, String comment) {
        jdbc.sql("""
                INSERT INTO share_application_event (application_id, seq, event_at, actor, action, from_status, to_status, comment)
                VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM share_application_event WHERE application_id = ?), ?, ?, ?, ?, ?, ?)
                """).params(id, id, utc(at), actor, action, from == null ? null : from.name(), to.name(), comment).update();
    }

    Optional<ShareApplication> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(ApplicationRepository::map).optional();
    }

    /** Applications for resources of a provider, by a consumer, or all (both null). */
    List<ShareApplication> list(Long providerId, Long consumerId, int limit) {
        String where = providerId != null ? " WHERE r.provider_id = ?" : consumerId != null ? " WHERE a.consumer_department_id = ?" : "";
        var spec = jdbc.sql(SELECT + where + " ORDER BY a.id DESC LIMIT " + limit);
        if (providerId != null || consumerId != null) {
            spec = spec.param(providerId != null ? providerId : consumerId);
        }
        return spec.query(ApplicationRepository::map).list();
    }

    List<ShareApplication> overdue(LocalDate today) {
        return jdbc.sql(SELECT + " WHERE a.status = 'SUBMITTED' AND a.due_date < ?").param(Date.valueOf(today))
                .query(ApplicationRepository::map).list();
    }

    List<ShareApplication.Event> events(long id) {
        return jdbc.sql("SELECT * FROM share_application_event WHERE application_id = ? ORDER BY seq").param(id)
                .query((rs, n) -> new ShareApplication.Event(rs.getInt("seq"), rs.getObject("event_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"),
                        rs.getString("from_status") == null ? null : ApplicationStatus.valueOf(rs.getString("from_status")),
                        ApplicationStatus.valueOf(rs.getString("to_status")), rs.getString("comment"))).list();
    }

    private static ShareApplication map(ResultSet rs, int n) throws SQLException {
        Date due = rs.getDate("due_date");
        Date grantedUntil = rs.getDate("granted_until");
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        long grant = rs.getLong("grant_id");
        Long grantId = rs.wasNull() ? null : grant;
        return new ShareApplication(rs.getLong("id"), rs.getString("resource_code"), rs.getString("resource_name"), rs.getLong("provider_id"),
                rs.getLong("consumer_department_id"), rs.getString("consumer_name"), rs.getString("applicant"), list(rs.getString("items")),
                rs.getString("purpose"), rs.getString("basis"), rs.getString("row_scope"), modes(rs.getString("modes")),
                rs.getDate("valid_until").toLocalDate(), ApplicationStatus.valueOf(rs.getString("status")),
                due == null ? null : due.toLocalDate(), rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getString("decision_reason"), list(rs.getString("granted_items")), grantedUntil == null ? null : grantedUntil.toLocalDate(),
                grantId, rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    static String modes(Set<AccessMode> modes) {
        return modes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<AccessMode> modes(String joined) {
        Set<AccessMode> modes = EnumSet.noneOf(AccessMode.class);
        Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).forEach(s -> modes.add(AccessMode.valueOf(s)));
        return modes;
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
