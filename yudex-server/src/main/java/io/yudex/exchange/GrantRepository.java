package io.yudex.exchange;

import static io.yudex.exchange.ApplicationRepository.utc;

import io.yudex.platform.ChangeTrackedCache;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class GrantRepository {

    private static final String SELECT = """
            SELECT g.*, d.name AS consumer_name, r.provider_id
              FROM share_grant g
              JOIN department d ON d.id = g.consumer_department_id
              JOIN catalog_resource r ON r.code = g.resource_code
            """;

    private final JdbcClient jdbc;
    /**
     * A consumer's grants on one resource per day (the day decides what has expired), for the data service's every
     * request; stale after any write here (insert, revoke), or to a department or resource ({@link #changed()}).
     */
    private final ChangeTrackedCache<ConsumerKey, List<Grant>> byConsumer = new ChangeTrackedCache<>(10_000);

    private record ConsumerKey(String resourceCode, long consumerId, LocalDate today) {}

    GrantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every write to share_grant, and to the departments and resources its rows are read with, goes through here. */
    void changed() {
        byConsumer.changed();
    }

    long insert(ShareApplication a, List<String> items, LocalDate validUntil, Map<String, String> masks, Integer quotaPerMinute, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO share_grant (application_id, resource_code, consumer_department_id, items, row_scope, modes, valid_until, created_at,
                                         masks, quota_per_minute)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(a.id(), a.resourceCode(), a.consumerDepartmentId(), String.join(",", items), a.rowScope(),
                ApplicationRepository.modes(a.modes()), Date.valueOf(validUntil), utc(now), masksText(masks), quotaPerMinute).update(keys, "id");
        changed();
        return keys.getKey().longValue();
    }

    /** A standing grant of a return flow: no application, the department's region, until revoked. */
    long insertStanding(String resourceCode, long departmentId, List<String> items, String rowScope, java.util.Set<AccessMode> modes, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO share_grant (resource_code, consumer_department_id, items, row_scope, modes, valid_until, created_at, return_flow)
                VALUES (?, ?, ?, ?, ?, ?, ?, TRUE)
                """).params(resourceCode, departmentId, String.join(",", items), rowScope, ApplicationRepository.modes(modes),
                Date.valueOf(Grant.STANDING), utc(now)).update(keys, "id");
        changed();
        return keys.getKey().longValue();
    }

    /** Sets the items of a return flow's standing grants that are not revoked; returns how many. */
    int updateStandingItems(String resourceCode, List<String> items, java.util.Set<AccessMode> modes) {
        int updated = jdbc.sql("UPDATE share_grant SET items = ?, modes = ? WHERE resource_code = ? AND return_flow AND NOT revoked")
                .params(String.join(",", items), ApplicationRepository.modes(modes), resourceCode).update();
        changed();
        return updated;
    }

    /** Moves a department's standing grants that are not revoked to its (new) region. */
    int updateStandingScope(long departmentId, String rowScope) {
        int updated = jdbc.sql("UPDATE share_grant SET row_scope = ? WHERE consumer_department_id = ? AND return_flow AND NOT revoked")
                .params(rowScope, departmentId).update();
        changed();
        return updated;
    }

    boolean revoke(long id, String by, Instant at, String reason) {
        boolean revoked = jdbc.sql("UPDATE share_grant SET revoked = TRUE, revoked_by = ?, revoked_at = ?, revoke_reason = ? WHERE id = ? AND NOT revoked")
                .params(by, utc(at), reason, id).update() == 1;
        changed();
        return revoked;
    }

    Optional<Grant> find(long id, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE g.id = ?").param(id).query((rs, n) -> map(rs, today)).optional();
    }

    Optional<Long> providerOf(long id) {
        return jdbc.sql(SELECT + " WHERE g.id = ?").param(id).query((rs, n) -> rs.getLong("provider_id")).optional();
    }

    /** The consumer's grants on one resource, newest first (cached until the next write, see {@link #changed()}). */
    List<Grant> ofConsumer(String resourceCode, long consumerId, LocalDate today) {
        return byConsumer.get(new ConsumerKey(resourceCode, consumerId, today), () -> Optional.of(List.copyOf(
                jdbc.sql(SELECT + " WHERE g.resource_code = ? AND g.consumer_department_id = ? ORDER BY g.id DESC").params(resourceCode, consumerId)
                        .query((rs, n) -> map(rs, today)).list()))).orElseThrow();
    }

    /** Grants on a provider's resources, to a consumer, or all (both null). */
    List<Grant> list(Long providerId, Long consumerId, LocalDate today) {
        String where = providerId != null ? " WHERE r.provider_id = ?" : consumerId != null ? " WHERE g.consumer_department_id = ?" : "";
        var spec = jdbc.sql(SELECT + where + " ORDER BY g.id DESC LIMIT 1000");
        if (providerId != null || consumerId != null) {
            spec = spec.param(providerId != null ? providerId : consumerId);
        }
        return spec.query((rs, n) -> map(rs, today)).list();
    }

    /** The grant's sealed pseudonym key, or empty when none was made yet. */
    Optional<String> pseudonymKey(long id) {
        return jdbc.sql("SELECT pseudonym_key FROM share_grant WHERE id = ?").param(id).query(String.class).optional();
    }

    /** Stores a sealed key unless one is there already; returns the one that is kept. */
    String storePseudonymKey(long id, String sealed) {
        jdbc.sql("UPDATE share_grant SET pseudonym_key = ? WHERE id = ? AND pseudonym_key IS NULL").params(sealed, id).update();
        changed();
        return pseudonymKey(id).orElseThrow();
    }

    /** {@code item=SPEC;item=SPEC}: specs hold commas and parentheses, never ';' or '='. */
    static String masksText(Map<String, String> masks) {
        return masks == null || masks.isEmpty() ? null
                : masks.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining(";"));
    }

    static Map<String, String> masks(String text) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }

    private static Grant map(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate until = rs.getDate("valid_until").toLocalDate();
        OffsetDateTime revokedAt = rs.getObject("revoked_at", OffsetDateTime.class);
        String state = rs.getBoolean("revoked") ? "REVOKED" : until.isBefore(today) ? "EXPIRED" : "ACTIVE";
        return new Grant(rs.getLong("id"), (Long) rs.getObject("application_id", Long.class), rs.getString("resource_code"), rs.getLong("consumer_department_id"),
                rs.getString("consumer_name"), ApplicationRepository.list(rs.getString("items")), rs.getString("row_scope"),
                ApplicationRepository.modes(rs.getString("modes")), until, state,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("revoked_by"),
                revokedAt == null ? null : revokedAt.toInstant(), rs.getString("revoke_reason"), masks(rs.getString("masks")),
                (Integer) rs.getObject("quota_per_minute", Integer.class), rs.getBoolean("return_flow"));
    }
}
