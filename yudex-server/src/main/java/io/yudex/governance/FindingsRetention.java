package io.yudex.governance;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drops the stored rows behind old runs: the findings of rule runs beyond the latest
 * {@code yudex.governance.retention.keep-runs} runs of each resource, and the result rows of comparison runs beyond
 * the latest as many runs of each comparison unless a ticket that is not closed refers to the run. The runs themselves
 * (their counts and quality figures, hence the trends) stay; each purge of one run is one transaction.
 */
@Component
class FindingsRetention {

    private static final Logger log = LoggerFactory.getLogger(FindingsRetention.class);
    static final String NOTE = "stored rows removed by retention (yudex.governance.retention.keep-runs)";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final GovernanceProperties properties;

    FindingsRetention(JdbcClient jdbc, TransactionTemplate transactions, GovernanceProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
    }

    /** What one pass removed. */
    record Purged(int ruleRuns, int comparisonRuns) {}

    @Scheduled(fixedDelayString = "${yudex.governance.retention.interval:PT1H}", initialDelayString = "${yudex.governance.retention.interval:PT1H}")
    void scheduled() {
        Purged p = purge();
        if (p.ruleRuns() + p.comparisonRuns() > 0) {
            log.info("Retention removed the stored rows of {} rule runs and {} comparison runs", p.ruleRuns(), p.comparisonRuns());
        }
    }

    /** One pass; does nothing when {@code keep-runs} is 0 (keep everything). */
    Purged purge() {
        int keep = properties.retention().keepRuns();
        if (keep <= 0) {
            return new Purged(0, 0);
        }
        List<Long> ruleRuns = jdbc.sql("""
                SELECT r.id FROM governance_run r WHERE r.status <> 'RUNNING' AND r.findings_stored > 0
                AND (SELECT count(*) FROM governance_run n WHERE n.resource_code = r.resource_code AND n.id > r.id) >= ?
                ORDER BY r.id""").param(keep).query(Long.class).list();
        for (long id : ruleRuns) {
            transactions.executeWithoutResult(t -> {
                jdbc.sql("DELETE FROM governance_finding WHERE run_id = ?").param(id).update();
                jdbc.sql("UPDATE governance_run SET findings_stored = 0, message = COALESCE(message, ?) WHERE id = ?").param(NOTE).param(id).update();
            });
        }
        List<Long> comparisonRuns = jdbc.sql("""
                SELECT r.id FROM governance_comparison_run r WHERE r.status <> 'RUNNING' AND r.rows_stored > 0
                AND (SELECT count(*) FROM governance_comparison_run n WHERE n.comparison_id = r.comparison_id AND n.id > r.id) >= ?
                AND NOT EXISTS (SELECT 1 FROM governance_ticket t WHERE t.run_id = r.id AND t.status <> 'CLOSED')
                ORDER BY r.id""").param(keep).query(Long.class).list();
        for (long id : comparisonRuns) {
            transactions.executeWithoutResult(t -> {
                jdbc.sql("DELETE FROM governance_comparison_row WHERE run_id = ?").param(id).update();
                jdbc.sql("UPDATE governance_comparison_run SET rows_stored = 0, message = COALESCE(message, ?) WHERE id = ?").param(NOTE).param(id)
                        .update();
            });
        }
        return new Purged(ruleRuns.size(), comparisonRuns.size());
    }
}
