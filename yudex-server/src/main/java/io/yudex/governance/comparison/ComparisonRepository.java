package io.yudex.governance.comparison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Comparisons, their runs and the rows each run kept. */
@Repository
class ComparisonRepository {

    private static final int CHUNK = 1000;

    /** A stored comparison as its row: resources by code; the service adds names and departments. */
    record Stored(long id, String name, String leftResource, String rightResource, Map<String, Object> definition, String createdBy,
            Instant createdAt) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    ComparisonRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    long insert(String name, String left, String right, Map<String, Object> definition, String user, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO governance_comparison (name, left_resource, right_resource, definition, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(name, left, right, json.writeValueAsString(definition), user, utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("SELECT * FROM governance_comparison WHERE id = ?").param(id).query(this::mapStored).optional();
    }

    List<Stored> all() {
        return jdbc.sql("SELECT * FROM governance_comparison ORDER BY id DESC").query(this::mapStored).list();
    }

    /** Comparisons that read this resource on either side. */
    List<Stored> reading(String resource) {
        return jdbc.sql("SELECT * FROM governance_comparison WHERE left_resource = ? OR right_resource = ? ORDER BY id")
                .params(resource, resource).query(this::mapStored).list();
    }

    long insertRun(long comparisonId, Map<String, Object> definition, Long leftBatch, Long rightBatch, String trigger, String user, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO governance_comparison_run (comparison_id, definition, left_batch, right_batch, trigger_kind, status, started_by, started_at)
                VALUES (?, ?, ?, ?, ?, 'RUNNING', ?, ?)
                """).params(comparisonId, json.writeValueAsString(definition), leftBatch, rightBatch, trigger, user, utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void succeed(long id, long[] counts, List<ComparisonRun.ItemCount> items, long stored, long millis, String message, Instant now) {
        jdbc.sql("""
                UPDATE governance_comparison_run SET status = 'SUCCEEDED', finished_at = ?, duration_ms = ?, matched = ?, only_left = ?,
                       only_right = ?, conflicting = ?, item_counts = ?, rows_stored = ?, message = ? WHERE id = ?
                """).params(utc(now), millis, counts[0], counts[1], counts[2], counts[3], json.writeValueAsString(items), stored, message, id)
                .update();
    }

    void fail(long id, String message, Instant now) {
        jdbc.sql("UPDATE governance_comparison_run SET status = 'FAILED', finished_at = ?, message = ? WHERE id = ? AND status = 'RUNNING'")
                .params(utc(now), message == null ? null : message.length() > 2000 ? message.substring(0, 2000) : message, id).update();
    }

    int failRunning(String message, Instant now) {
        return jdbc.sql("UPDATE governance_comparison_run SET status = 'FAILED', finished_at = ?, message = ? WHERE status = 'RUNNING'")
                .params(utc(now), message).update();
    }

    Optional<ComparisonRun> run(long id) {
        return jdbc.sql("SELECT * FROM governance_comparison_run WHERE id = ?").param(id).query(this::mapRun).optional();
    }

    List<ComparisonRun> runs(long comparisonId, int limit) {
        return jdbc.sql("SELECT * FROM governance_comparison_run WHERE comparison_id = ? ORDER BY id DESC").param(comparisonId)
                .query(this::mapRun).list().stream().limit(limit).toList();
    }

    /** Rows of a run in their order, optionally of one kind. */
    List<ComparisonRow> rows(long runId, String kind, int offset, int limit) {
        String where = kind == null ? "" : " AND kind = ?";
        List<Object> params = new ArrayList<>(List.of(runId));
        if (kind != null) {
            params.add(kind);
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT * FROM governance_comparison_row WHERE run_id = ?" + where + " ORDER BY seq LIMIT ? OFFSET ?")
                .params(params).query(this::mapRow).list();
    }

    Optional<ComparisonRow> row(long runId, String key) {
        return jdbc.sql("SELECT * FROM governance_comparison_row WHERE run_id = ? AND row_key = ?").params(runId, key).query(this::mapRow).optional();
    }

    /** Buffers rows and writes them in chunks, keeping at most {@code max}. */
    RowWriter writer(long runId, int max) {
        return new RowWriter(runId, max);
    }

    final class RowWriter {
        private final long runId;
        private final int max;
        private final List<Object[]> buffer = new ArrayList<>();
        private int stored;

        private RowWriter(long runId, int max) {
            this.runId = runId;
            this.max = max;
        }

        /** @return false once the cap is reached */
        boolean add(String kind, String key, String leftKey, String rightKey, Long leftBatch, Long rightBatch, List<ComparisonRow.Value> items) {
            if (stored + buffer.size() >= max) {
                return false;
            }
            buffer.add(new Object[] {runId, stored + buffer.size(), kind, cut(key, 200), cut(leftKey, 200), cut(rightKey, 200), leftBatch, rightBatch,
                    json.writeValueAsString(items)});
            if (buffer.size() >= CHUNK) {
                flush();
            }
            return true;
        }

        void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            template.batchUpdate("""
                    INSERT INTO governance_comparison_row (run_id, seq, kind, row_key, left_key, right_key, left_batch, right_batch, items)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, buffer);
            stored += buffer.size();
            buffer.clear();
        }

        int stored() {
            return stored + buffer.size();
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private Stored mapStored(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("name"), rs.getString("left_resource"), rs.getString("right_resource"),
                json.readValue(rs.getString("definition"), new TypeReference<Map<String, Object>>() {}), rs.getString("created_by"),
                instant(rs, "created_at"));
    }

    private ComparisonRun mapRun(ResultSet rs, int n) throws SQLException {
        String items = rs.getString("item_counts");
        return new ComparisonRun(rs.getLong("id"), rs.getLong("comparison_id"), nullable(rs, "left_batch", ResultSet::getLong),
                nullable(rs, "right_batch", ResultSet::getLong), rs.getString("trigger_kind"), rs.getString("status"), rs.getString("started_by"),
                instant(rs, "started_at"), instant(rs, "finished_at"), nullable(rs, "duration_ms", ResultSet::getLong), rs.getLong("matched"),
                rs.getLong("only_left"), rs.getLong("only_right"), rs.getLong("conflicting"),
                items == null ? List.of() : json.readValue(items, new TypeReference<List<ComparisonRun.ItemCount>>() {}), rs.getLong("rows_stored"),
                rs.getString("message"));
    }

    private ComparisonRow mapRow(ResultSet rs, int n) throws SQLException {
        return new ComparisonRow(rs.getInt("seq"), rs.getString("kind"), rs.getString("row_key"), rs.getString("left_key"),
                rs.getString("right_key"), nullable(rs, "left_batch", ResultSet::getLong), nullable(rs, "right_batch", ResultSet::getLong),
                json.readValue(rs.getString("items"), new TypeReference<List<ComparisonRow.Value>>() {}));
    }

    private interface Getter<T> {
        T get(ResultSet rs, String column) throws SQLException;
    }

    private static <T> T nullable(ResultSet rs, String column, Getter<T> getter) throws SQLException {
        T value = getter.get(rs, column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

}
