package io.yudex.ingest.pull;

import static io.yudex.ingest.pull.ConnectionRepository.utc;

import io.yudex.data.LoadMode;
import io.yudex.ingest.batch.ColumnMappingParam;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class PullRepository {

    /** A pull with the watermark of its last succeeded run and the batch of its latest run. */
    private static final String SELECT = """
            SELECT p.*,
                   (SELECT r.watermark FROM ingest_pull_run r JOIN ingest_batch b ON b.id = r.batch_id
                     WHERE r.pull_id = p.id AND b.status = 'SUCCEEDED' AND r.watermark IS NOT NULL
                     ORDER BY r.batch_id DESC LIMIT 1) AS watermark,
                   (SELECT MAX(r.batch_id) FROM ingest_pull_run r WHERE r.pull_id = p.id) AS last_batch_id,
                   (SELECT b.status FROM ingest_batch b
                     WHERE b.id = (SELECT MAX(r.batch_id) FROM ingest_pull_run r WHERE r.pull_id = p.id)) AS last_status
              FROM ingest_pull p
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    PullRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields a pull is defined by; the same for insert and update. */
    record Fields(String resourceCode, long connectionId, String name, String table, String query, LoadMode mode, Incremental incremental,
            String incrementalColumn, Map<String, String> mapping, String cron, boolean enabled, Instant nextRunAt) {}

    long insert(Fields f, String user, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ingest_pull (resource_code, connection_id, name, source_table, source_query, mode, incremental,
                                         incremental_column, column_mapping, cron, enabled, next_run_at, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(f.resourceCode(), f.connectionId(), f.name(), f.table(), f.query(), f.mode().name(), f.incremental().name(),
                f.incrementalColumn(), json(f.mapping()), f.cron(), f.enabled(), utc(f.nextRunAt()), user, utc(now), utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, Fields f, Instant now) {
        jdbc.sql("""
                UPDATE ingest_pull SET connection_id = ?, name = ?, source_table = ?, source_query = ?, mode = ?, incremental = ?,
                       incremental_column = ?, column_mapping = ?, cron = ?, enabled = ?, next_run_at = ?, updated_at = ?
                 WHERE id = ?
                """).params(f.connectionId(), f.name(), f.table(), f.query(), f.mode().name(), f.incremental().name(),
                f.incrementalColumn(), json(f.mapping()), f.cron(), f.enabled(), utc(f.nextRunAt()), utc(now), id).update();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM ingest_pull WHERE id = ?").param(id).update() == 1;
    }

    Optional<PullDefinition> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(PullRepository::map).optional();
    }

    List<PullDefinition> ofResource(String code) {
        return jdbc.sql(SELECT + " WHERE p.resource_code = ? ORDER BY p.id").param(code).query(PullRepository::map).list();
    }

    List<PullDefinition> all() {
        return jdbc.sql(SELECT + " ORDER BY p.resource_code, p.id").query(PullRepository::map).list();
    }

    List<PullDefinition> due(Instant now) {
        return jdbc.sql(SELECT + " WHERE p.enabled AND p.next_run_at IS NOT NULL AND p.next_run_at <= ? ORDER BY p.next_run_at")
                .param(utc(now)).query(PullRepository::map).list();
    }

    /** Moves the schedule on, only if no other node did so first; true when this caller claimed the run. */
    boolean claim(long id, Instant expected, Instant next) {
        return jdbc.sql("UPDATE ingest_pull SET next_run_at = ? WHERE id = ? AND next_run_at = ?")
                .params(utc(next), id, utc(expected)).update() == 1;
    }

    long countByConnection(long connectionId) {
        return jdbc.sql("SELECT COUNT(*) FROM ingest_pull WHERE connection_id = ?").param(connectionId).query(Long.class).single();
    }

    void recordRun(long batchId, long pullId) {
        jdbc.sql("INSERT INTO ingest_pull_run (batch_id, pull_id) VALUES (?, ?)").params(batchId, pullId).update();
    }

    void recordWatermark(long batchId, String watermark) {
        jdbc.sql("UPDATE ingest_pull_run SET watermark = ? WHERE batch_id = ?").params(watermark, batchId).update();
    }

    private static PullDefinition map(ResultSet rs, int n) throws SQLException {
        long last = rs.getLong("last_batch_id");
        Long lastBatch = rs.wasNull() ? null : last;
        return new PullDefinition(rs.getLong("id"), rs.getString("resource_code"), rs.getLong("connection_id"), rs.getString("name"),
                rs.getString("source_table"), rs.getString("source_query"), LoadMode.valueOf(rs.getString("mode")),
                Incremental.valueOf(rs.getString("incremental")), rs.getString("incremental_column"),
                ColumnMappingParam.parse(rs.getString("column_mapping")), rs.getString("cron"),
                rs.getBoolean("enabled"), instant(rs, "next_run_at"), rs.getString("watermark"), lastBatch,
                rs.getString("last_status"), rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static String json(Map<String, String> mapping) {
        return mapping.isEmpty() ? null : JSON.writeValueAsString(mapping);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
