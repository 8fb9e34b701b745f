package io.yudex.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.IntegrationTest;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Retention of the rows behind runs, with the default {@code yudex.governance.retention.keep-runs} of 20. */
class FindingsRetentionIT extends IntegrationTest {

    static final String RESOURCE = "101002/000001";
    static final String OTHER = "101001/000001";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FindingsRetention retention;

    Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    long ruleRun(int i) {
        jdbc.sql("INSERT INTO governance_run (resource_code, rule_set_version, as_of_batch, trigger_kind, status, started_by, started_at, findings_total,"
                + " findings_stored) VALUES (?, 1, ?, 'MANUAL', 'SUCCEEDED', 'retention-test', ?, 1, 1)").params(RESOURCE, i, now()).update();
        long id = jdbc.sql("SELECT max(id) FROM governance_run WHERE resource_code = ?").param(RESOURCE).query(Long.class).single();
        jdbc.sql("INSERT INTO governance_finding (run_id, seq, batch_id, row_seq, row_key, rule_index, column_name, code, severity, message)"
                + " VALUES (?, 0, 1, 0, 'k', 0, 'c', 'REQUIRED', 'error', 'm')").param(id).update();
        return id;
    }

    long comparisonRun(long comparison) {
        jdbc.sql("INSERT INTO governance_comparison_run (comparison_id, definition, trigger_kind, status, started_by, started_at, rows_stored)"
                + " VALUES (?, '{}', 'MANUAL', 'SUCCEEDED', 'retention-test', ?, 1)").params(comparison, now()).update();
        long id = jdbc.sql("SELECT max(id) FROM governance_comparison_run WHERE comparison_id = ?").param(comparison).query(Long.class).single();
        jdbc.sql("INSERT INTO governance_comparison_row (run_id, seq, kind, row_key, items) VALUES (?, 0, 'CONFLICT', 'k', '[]')").param(id).update();
        return id;
    }

    void ticket(long comparison, long run, String status) {
        long department = jdbc.sql("SELECT min(id) FROM department").query(Long.class).single();
        jdbc.sql("INSERT INTO governance_ticket (comparison_id, run_id, resource_code, row_key, item, department_id, status, opened_by, opened_at,"
                + " updated_at) VALUES (?, ?, ?, 'k', 'xm', ?, ?, 'retention-test', ?, ?)")
                .params(comparison, run, RESOURCE, department, status, now(), now()).update();
    }

    long findings(long run) {
        return jdbc.sql("SELECT count(*) FROM governance_finding WHERE run_id = ?").param(run).query(Long.class).single();
    }

    long comparisonRows(long run) {
        return jdbc.sql("SELECT count(*) FROM governance_comparison_row WHERE run_id = ?").param(run).query(Long.class).single();
    }

    @Test
    void purge_keepsTheLatestRunsAndWhatAnOpenTicketReferences_andKeepsEveryRunsFigures() {
        List<Long> rules = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rules.add(ruleRun(i));
        }
        jdbc.sql("INSERT INTO governance_comparison (name, left_resource, right_resource, definition, created_by, created_at)"
                + " VALUES ('retention', ?, ?, '{}', 'retention-test', ?)").params(RESOURCE, OTHER, now()).update();
        long comparison = jdbc.sql("SELECT max(id) FROM governance_comparison").query(Long.class).single();
        List<Long> comparisons = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            comparisons.add(comparisonRun(comparison));
        }
        ticket(comparison, comparisons.get(0), "CLOSED");
        ticket(comparison, comparisons.get(1), "ASSIGNED");

        retention.purge();

        for (int i = 0; i < 25; i++) {
            assertThat(findings(rules.get(i))).as("rule run %d", i).isEqualTo(i < 5 ? 0 : 1);
        }
        assertThat(jdbc.sql("SELECT findings_stored, message FROM governance_run WHERE id = ?").param(rules.get(0))
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2)).single()).isEqualTo("0 " + FindingsRetention.NOTE);
        assertThat(jdbc.sql("SELECT count(*) FROM governance_run WHERE started_by = 'retention-test' AND resource_code = ?").param(RESOURCE)
                .query(Long.class).single()).isEqualTo(25);
        assertThat(comparisonRows(comparisons.get(0))).isZero();
        assertThat(comparisonRows(comparisons.get(1))).as("an open ticket refers to it").isEqualTo(1);
        assertThat(comparisonRows(comparisons.get(2))).isZero();
        for (int i = 3; i < 23; i++) {
            assertThat(comparisonRows(comparisons.get(i))).as("comparison run %d", i).isEqualTo(1);
        }

        jdbc.sql("UPDATE governance_ticket SET status = 'CLOSED' WHERE run_id = ?").param(comparisons.get(1)).update();
        retention.purge();
        assertThat(comparisonRows(comparisons.get(1))).as("its ticket is closed now").isZero();
        assertThat(findings(rules.get(5))).isEqualTo(1);
    }
}
