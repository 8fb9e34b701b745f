package io.yudex.opendata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Releases, with their plan and report stored as JSON. */
@Repository
class ReleaseRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> TREATMENTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReleaseRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    OpenRelease insert(String code, long batchId, String status, ReleasePlan plan, int k, ReleaseReport report, String user, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO open_release (resource_code, batch_id, status, k, quasi_identifiers, treatments, report, row_count, note,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, batchId, status, k, json.writeValueAsString(plan.quasiIdentifiers()), json.writeValueAsString(plan.treatments()),
                        json.writeValueAsString(report), report.rows(), plan.note(), user, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        return find(id).orElseThrow();
    }

    Optional<OpenRelease> find(long id) {
        return jdbc.sql("SELECT * FROM open_release WHERE id = ?").param(id).query(this::map).optional();
    }

    /** The newest accepted release of a resource. */
    Optional<OpenRelease> current(String code) {
        return jdbc.sql("SELECT * FROM open_release WHERE resource_code = ? AND status = 'ACCEPTED' ORDER BY id DESC LIMIT 1")
                .param(code).query(this::map).optional();
    }

    /** Every release of a resource, newest first. */
    List<OpenRelease> ofResource(String code) {
        return jdbc.sql("SELECT * FROM open_release WHERE resource_code = ? ORDER BY id DESC").param(code).query(this::map).list();
    }

    /** The newest releases of every resource (both statuses), newest first, at most {@code limit}. */
    List<OpenRelease> latest(int limit) {
        return jdbc.sql("SELECT * FROM open_release ORDER BY id DESC LIMIT " + Math.max(1, Math.min(limit, 1000))).query(this::map).list();
    }

    /** Resource code → newest accepted release id, for every resource that has one. */
    Map<String, Long> currentIds() {
        Map<String, Long> out = new java.util.HashMap<>();
        jdbc.sql("SELECT resource_code, MAX(id) AS id FROM open_release WHERE status = 'ACCEPTED' GROUP BY resource_code")
                .query(rs -> {
                    out.put(rs.getString("resource_code"), rs.getLong("id"));
                });
        return out;
    }

    private OpenRelease map(ResultSet rs, int n) throws SQLException {
        return new OpenRelease(rs.getLong("id"), rs.getString("resource_code"), rs.getLong("batch_id"), rs.getString("status"), rs.getInt("k"),
                json.readValue(rs.getString("quasi_identifiers"), STRINGS), json.readValue(rs.getString("treatments"), TREATMENTS),
                json.readValue(rs.getString("report"), ReleaseReport.class), rs.getLong("row_count"), rs.getString("note"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
