package io.yudex.exchange.serving;

import java.util.List;

/**
 * Rows read from a serving table.
 *
 * @param version the batch the serving table reflected when read
 * @param rows    values in the query's column order, then {@code _pos} (a Long)
 * @param more    whether rows follow the last one
 */
public record ServedRows(long version, List<Object[]> rows, boolean more) {}
