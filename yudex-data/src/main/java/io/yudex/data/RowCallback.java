package io.yudex.data;

/** Receives the rows of {@link DataStore#query} one at a time, as they stream out of the store. */
@FunctionalInterface
public interface RowCallback {

    /**
     * @param values the row's values in the query's column order, typed as {@link DataStore#rows} returns them (text as
     *               String, integers as Long, dates as LocalDate …); the array is the callback's to keep
     */
    void row(Object[] values);
}
