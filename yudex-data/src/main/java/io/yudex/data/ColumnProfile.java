package io.yudex.data;

import java.util.List;

/**
 * Statistics of one column over the row versions a batch introduced.
 *
 * @param distinct the number of distinct non-null values
 * @param min      smallest value as text, null when the column is all null
 * @param top      the most frequent non-null values, most frequent first
 */
public record ColumnProfile(String column, long rows, long nulls, long distinct, String min, String max, List<ValueCount> top) {

    public record ValueCount(String value, long count) {}

    public double nullShare() {
        return rows == 0 ? 0 : (double) nulls / rows;
    }
}
