package io.yudex.exchange;

import java.util.List;
import java.util.Map;

/**
 * Rows of a shared resource as a consumer may see them.
 *
 * @param items  the data items returned, in order
 * @param masked the items whose values were masked for this consumer
 * @param rows   item → value, masked where {@code masked} says
 */
public record DataPage(String resourceCode, long grantId, List<String> items, List<String> masked, int offset, int limit,
        List<Map<String, Object>> rows) {}
