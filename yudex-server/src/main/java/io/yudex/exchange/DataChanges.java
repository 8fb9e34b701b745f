package io.yudex.exchange;

import java.util.List;
import java.util.Map;

/**
 * The changes of a shared resource since a batch, as a consumer following it by feed may see them.
 *
 * @param version   the newest batch among the changes ({@code since} when there are none)
 * @param masked    the items whose values were masked (or withheld) for this consumer
 * @param truncated true when there were more changes than asked for
 */
public record DataChanges(String resourceCode, long since, long version, List<String> items, List<String> masked, List<Change> changes,
        boolean truncated) {

    /** @param kind INSERTED, UPDATED or DELETED (a deletion carries the granted key items only) */
    public record Change(String kind, long batch, Map<String, Object> row) {}
}
