package io.yudex.exchange;

import java.util.List;
import java.util.Map;

/**
 * Rows of a shared resource as a consumer may see them.
 *
 * @param grantId    the grant that decided which rows match (the newest of them when several did)
 * @param grantIds   every active grant of the department on the resource that this answer drew on
 * @param version    the batch the rows reflect (at least; 0 when the resource has no data yet)
 * @param items      the data items returned, in order
 * @param masked     the items whose values were masked (or withheld) for this consumer
 * @param rows       item → value, masked where {@code masked} says
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 */
public record DataPage(String resourceCode, long grantId, List<Long> grantIds, long version, List<String> items, List<String> masked, int limit,
        List<Map<String, Object>> rows, String nextCursor) {}
