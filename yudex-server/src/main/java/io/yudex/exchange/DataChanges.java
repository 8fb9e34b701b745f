package io.yudex.exchange;

import java.util.List;
import java.util.Map;

/**
 * The changes of a shared resource since a batch, as a consumer following it by feed may see them.
 *
 * @param version   the newest batch among the changes ({@code since} when there are none)
 * @param masked    the items whose values were masked (or withheld) for this consumer
 * @param truncated  true when there were more changes than asked for: follow {@code nextCursor}
 * @param upTo       the batch the whole answer runs to (pinned by the first page): after the last page, the next
 *                   {@code since}
 * @param nextCursor the next page of the same range (even inside one large batch), or null on the last page
 */
public record DataChanges(String resourceCode, long since, long version, List<String> items, List<String> masked, List<Change> changes,
        boolean truncated, long upTo, String nextCursor) {

    /** @param kind INSERTED, UPDATED or DELETED (a deletion carries the granted key items only) */
    public record Change(String kind, long batch, Map<String, Object> row) {}
}
