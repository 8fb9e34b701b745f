package io.yudex.exchange;

import java.util.List;

/**
 * Marks a resource for return flow, or changes what flows back.
 *
 * @param items the items that flow back; null or empty for all of the resource's items
 * @param note  why (e.g. the 条例 article or the provincial notice), at most 2000 characters, or null
 */
public record ReturnFlowCommand(List<String> items, String note) {}
