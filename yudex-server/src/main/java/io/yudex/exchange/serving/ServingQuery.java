package io.yudex.exchange.serving;

import java.util.List;

/**
 * What to read from a serving table. Every item named here must have been checked against the caller's grants.
 *
 * @param columns       the items to return, in order (the row's {@code _pos} follows them)
 * @param regionPrefixes rows are limited to region codes starting with one of these; null for no limit
 * @param sort          the order, or null for load order
 * @param after         the keyset position to continue after, or null for the first page
 * @param limit         rows wanted; one more is read to tell whether more follow
 */
public record ServingQuery(String resourceCode, List<String> columns, List<Filter> filters, List<String> regionPrefixes, Sort sort,
        Position after, int limit) {

    public record Sort(String item, boolean descending) {}

    /** The last row of a page: its sort value (null when unsorted or null-valued) and its {@code _pos}. */
    public record Position(Object sortValue, long pos) {}
}
