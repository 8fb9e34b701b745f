package io.yudex.governance.fusion;

import java.util.List;

/**
 * One person or entity as the platform knows it: per item the value of its most authoritative source that has one.
 *
 * @param key   the library key as asked (normalised: trimmed, upper case)
 * @param items in the configured order; an item no source has is present with a null value
 */
public record FusedRecord(String library, String key, List<Value> items) {

    /**
     * @param source the provenance of the value; null when no source has it
     * @param others what lower-priority sources hold when it differs (the conflicts still open)
     */
    public record Value(String item, String value, Provenance source, List<Alternative> others) {}

    /** Where a value came from: the resource, its department and the batch that wrote the row. */
    public record Provenance(String resource, String resourceName, String department, long batch, int priority) {}

    public record Alternative(String value, Provenance source) {}
}
