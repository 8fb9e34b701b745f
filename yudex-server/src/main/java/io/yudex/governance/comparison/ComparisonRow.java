package io.yudex.governance.comparison;

import java.util.List;

/**
 * A key that did not match cleanly in a run.
 *
 * @param kind       CONFLICT (on both sides, at least one item differs), ONLY_LEFT or ONLY_RIGHT
 * @param key        the normalised key
 * @param leftBatch  the batch that wrote the left row, null if only on the right
 * @param items      every paired item with both values as stored
 */
public record ComparisonRow(int seq, String kind, String key, String leftKey, String rightKey, Long leftBatch, Long rightBatch,
        List<Value> items) {

    /** One paired item of the row. */
    public record Value(String item, boolean conflict, String left, String right) {}

    /** The item of this name, if paired. */
    public java.util.Optional<Value> item(String name) {
        return items.stream().filter(v -> v.item().equals(name)).findFirst();
    }
}
