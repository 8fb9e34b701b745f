package io.yudex.governance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of a resource's rule set over its data as of a batch.
 *
 * @param ruleSetVersion 0 when the resource had no rules (quality is still measured)
 * @param trigger        {@code MANUAL} or {@code BATCH} (after a committed batch)
 * @param status         {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}
 * @param rowsFailed     rows with at least one error finding
 * @param rowsFlagged    rows with warnings only
 * @param findingsStored findings kept for download (at most {@code yudex.governance.max-findings}); {@code findingsTotal} is exact
 * @param rules          per rule: its definition, engine ({@code SQL} or {@code JAVA}), rows failed and flagged; empty in lists
 */
public record RuleRun(long id, String resourceCode, int ruleSetVersion, Long asOfBatch, String trigger, String status, String startedBy,
        Instant startedAt, Instant finishedAt, Long durationMillis, long rowsChecked, long rowsFailed, long rowsFlagged, long findingsTotal,
        long findingsStored, Quality quality, String message, List<RuleCount> rules) {

    /** How one rule fared in a run. */
    public record RuleCount(int index, Map<String, Object> definition, String engine, long rowsFailed, long rowsFlagged) {}

    RuleRun withRules(List<RuleCount> counts) {
        return new RuleRun(id, resourceCode, ruleSetVersion, asOfBatch, trigger, status, startedBy, startedAt, finishedAt, durationMillis,
                rowsChecked, rowsFailed, rowsFlagged, findingsTotal, findingsStored, quality, message, counts);
    }
}
