package io.yudex.data;

import java.util.List;

/**
 * Statistics of one column over the row versions a batch introduced.
 *
 * @param distinct an estimate (HyperLogLog, within a few per cent) of the number of distinct non-null values
 * @param min      smallest value as text, null when the column is all null
 * @param top      frequent non-null values with their exact counts, most frequent first (the candidates come from an
 *                 approximate top-k, so on near-uniform columns they are some of the values that occur most)
 */
public record ColumnProfile(String column, long rows, long nulls, long distinct, String min, String max, List<ValueCount> top) {

    public record ValueCount(String value, long count) {}

    public double nullShare() {
        return rows == 0 ? 0 : (double) nulls / rows;
    }
}
