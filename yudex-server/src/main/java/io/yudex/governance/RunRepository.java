package io.yudex.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rule runs, their per-rule counts and their findings. */
@Repository
class RunRepository {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    RunRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    long insert(String code, int version, Long asOfBatch, String trigger, String user, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO governance_run (resource_code, rule_set_version, as_of_batch, trigger_kind, status, started_by, started_at)
                VALUES (?, ?, ?, ?, 'RUNNING', ?, ?)
                """).params(code, version, asOfBatch, trigger, user, utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void succeed(long id, StoreRuleRun.Outcome o, Quality q, long stored, long millis, String message, Instant now) {
        jdbc.sql("""
                UPDATE governance_run SET status = 'SUCCEEDED', finished_at = ?, duration_ms = ?, rows_checked = ?, rows_failed = ?, rows_flagged = ?,
                       findings_total = ?, findings_stored = ?, completeness = ?, validity = ?, uniqueness = ?, consistency = ?,
                       timeliness = ?, score = ?, message = ? WHERE id = ?
                """).params(utc(now), millis, o.rows(), o.errorRows(), o.flaggedRows(), o.findings(), stored, q.completeness(), q.validity(),
                q.uniqueness(), q.consistency(), q.timeliness(), q.score(), message, id).update();
    }

    void fail(long id, String message, Instant now) {
        jdbc.sql("UPDATE governance_run SET status = 'FAILED', finished_at = ?, message = ? WHERE id = ? AND status = 'RUNNING'")
                .params(utc(now), message == null ? null : message.length() > 2000 ? message.substring(0, 2000) : message, id).update();
    }

    int failRunning(String message, Instant now) {
        return jdbc.sql("UPDATE governance_run SET status = 'FAILED', finished_at = ?, message = ? WHERE status = 'RUNNING'")
                .params(utc(now), message).update();
    }

    void insertRuleCounts(long runId, List<RuleRun.RuleCount> counts) {
        template.batchUpdate("INSERT INTO governance_run_rule (run_id, rule_index, definition, engine, rows_failed, rows_flagged) VALUES (?, ?, ?, ?, ?, ?)",
                counts.stream().map(c -> new Object[] {runId, c.index(), json.writeValueAsString(c.definition()), c.engine(), c.rowsFailed(),
                        c.rowsFlagged()}).toList());
    }

    Optional<RuleRun> find(long id) {
        return jdbc.sql("SELECT * FROM governance_run WHERE id = ?").param(id).query(RunRepository::map).optional()
                .map(r -> r.withRules(ruleCounts(id)));
    }

    List<RuleRun> ofResource(String code, int limit) {
        return jdbc.sql("SELECT * FROM governance_run WHERE resource_code = ? ORDER BY id DESC LIMIT ?").params(code, limit)
                .query(RunRepository::map).list();
    }

    /** The latest succeeded run of every resource that has one. */
    List<RuleRun> latestPerResource() {
        return jdbc.sql("""
                SELECT * FROM governance_run r WHERE r.id = (SELECT max(x.id) FROM governance_run x
                 WHERE x.resource_code = r.resource_code AND x.status = 'SUCCEEDED') ORDER BY r.resource_code
                """).query(RunRepository::map).list();
    }

    List<Finding> findings(long runId, int limit) {
        return jdbc.sql("SELECT * FROM governance_finding WHERE run_id = ? ORDER BY seq LIMIT ?").params(runId, limit)
                .query((rs, n) -> new Finding(rs.getLong("batch_id"), rs.getLong("row_seq"), rs.getString("row_key"), rs.getInt("rule_index"),
                        rs.getString("column_name"), rs.getString("code"), rs.getString("severity"), rs.getString("message"))).list();
    }

    /** A sink that stores findings in chunks, up to {@code cap}; call {@link FindingWriter#flush} at the end. */
    FindingWriter writer(long runId, int cap) {
        return new FindingWriter(runId, cap);
    }

    final class FindingWriter implements Consumer<Finding> {
        private final long runId;
        private final int cap;
        private final List<Object[]> pending = new ArrayList<>(CHUNK);
        private int stored;

        private FindingWriter(long runId, int cap) {
            this.runId = runId;
            this.cap = cap;
        }

        @Override
        public void accept(Finding f) {
            if (stored + pending.size() >= cap) {
                return;
            }
            pending.add(new Object[] {runId, stored + pending.size(), f.batchId(), f.rowSeq(), cut(f.rowKey(), 1000), f.rule(),
                    cut(f.column(), 200), cut(f.code(), 64), f.severity(), cut(f.message(), 500)});
            if (pending.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (!pending.isEmpty()) {
                template.batchUpdate("""
                        INSERT INTO governance_finding (run_id, seq, batch_id, row_seq, row_key, rule_index, column_name, code, severity, message)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, pending);
                stored += pending.size();
                pending.clear();
            }
        }

        int stored() {
            return stored;
        }
    }

    private List<RuleRun.RuleCount> ruleCounts(long runId) {
        return jdbc.sql("SELECT * FROM governance_run_rule WHERE run_id = ? ORDER BY rule_index").param(runId)
                .query((rs, n) -> new RuleRun.RuleCount(rs.getInt("rule_index"), json.readValue(rs.getString("definition"),
                        new TypeReference<Map<String, Object>>() {}), rs.getString("engine"), rs.getLong("rows_failed"), rs.getLong("rows_flagged")))
                .list();
    }

    private static RuleRun map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        Instant started = rs.getObject("started_at", OffsetDateTime.class).toInstant();
        long asOf = rs.getLong("as_of_batch");
        Long asOfBatch = rs.wasNull() ? null : asOf;
        Quality q = new Quality(dbl(rs, "completeness"), dbl(rs, "validity"), dbl(rs, "uniqueness"), dbl(rs, "consistency"),
                dbl(rs, "timeliness"), dbl(rs, "score"));
        return new RuleRun(rs.getLong("id"), rs.getString("resource_code"), rs.getInt("rule_set_version"), asOfBatch, rs.getString("trigger_kind"),
                rs.getString("status"), rs.getString("started_by"), started, finished == null ? null : finished.toInstant(),
                duration(rs), rs.getLong("rows_checked"),
                rs.getLong("rows_failed"), rs.getLong("rows_flagged"), rs.getLong("findings_total"), rs.getLong("findings_stored"), q,
                rs.getString("message"), List.of());
    }

    private static Long duration(ResultSet rs) throws SQLException {
        long ms = rs.getLong("duration_ms");
        return rs.wasNull() ? null : ms;
    }

    private static Double dbl(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
