package io.yudex.data;

import java.util.Map;

/** One row's change since a batch: its key, what happened, and its values now (null for a deletion). */
public record RowChange(ChangeKind kind, Map<String, Object> key, Map<String, Object> values, long batchId) {}
