package io.yudex.governance.comparison;

import java.time.Instant;
import java.util.List;

/**
 * One run of a comparison over the current state of both resources. Counts are exact; {@code rowsStored} says how many
 * of the rows that did not match cleanly were kept ({@code yudex.governance.comparison.max-rows}).
 *
 * @param leftBatch  the latest batch of the left resource when the run started, null if none
 * @param status     RUNNING, SUCCEEDED or FAILED
 */
public record ComparisonRun(long id, long comparisonId, Long leftBatch, Long rightBatch, String trigger, String status, String startedBy,
        Instant startedAt, Instant finishedAt, Long durationMs, long matched, long onlyLeft, long onlyRight, long conflicting,
        List<ItemCount> items, long rowsStored, String message) {

    /** Per paired item, among the keys found on both sides. */
    public record ItemCount(String item, long equal, long conflicting, long missingLeft, long missingRight) {}

    public boolean finished() {
        return !status.equals("RUNNING");
    }
}
