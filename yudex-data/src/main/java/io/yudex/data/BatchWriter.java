package io.yudex.data;

/**
 * Stages one batch's rows and applies them atomically: until {@link #commit()} returns, readers see none of them,
 * and a crash before then leaves the table as it was. Not thread-safe; one writer per batch.
 */
public interface BatchWriter extends AutoCloseable {

    /**
     * Stages a row: values in the schema's column order (for {@link LoadMode#DELETE}, the key columns' values in
     * order). Values are {@code String}, {@code Long}, {@code java.math.BigDecimal}, {@code Double},
     * {@code java.time.LocalDate}, {@code java.time.LocalDateTime}, {@code Boolean}, {@code byte[]} or null.
     *
     * @throws IllegalArgumentException when the number of values or a value's type does not fit
     */
    void add(Object... values);

    /** Rows staged so far. */
    long staged();

    /** Applies the batch in one transaction. */
    default BatchOutcome commit() {
        return commit(BatchGate.NONE);
    }

    /**
     * Applies the batch in one transaction, without the rows {@code gate} holds back; their number is in
     * {@link BatchOutcome#heldBack()}. An exception from the gate aborts the batch.
     */
    BatchOutcome commit(BatchGate gate);

    /** Discards the staged rows; the table is unchanged. Closing an uncommitted writer aborts it. */
    void abort();

    @Override
    void close();
}
