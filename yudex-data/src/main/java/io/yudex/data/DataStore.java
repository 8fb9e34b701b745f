package io.yudex.data;

import java.util.List;
import java.util.Map;

/**
 * The data plane's store. Every table keeps row versions with the batch that introduced and the batch that ended
 * them, so any earlier state can be read, diffed and restored. Batch ids increase over time across the store.
 * Implementations: {@link DuckDbDataStore} (embedded default); a PostgreSQL or Spark store can follow behind the
 * same contract ({@code DataStoreContract} in the tests).
 */
public interface DataStore extends AutoCloseable {

    /** Creates the table, or adds columns that are new in {@code schema}; never drops or retypes a column. */
    void ensureTable(TableSchema schema);

    boolean tableExists(String table);

    /**
     * Starts a batch.
     *
     * @throws IllegalArgumentException for UPSERT or DELETE on a table without key columns
     * @throws IllegalStateException    when {@code batchId} is not greater than every batch already applied
     */
    BatchWriter begin(TableSchema schema, long batchId, LoadMode mode);

    /** Rows visible after {@code asOfBatch} was applied; {@code null} means the current state. */
    long count(String table, Long asOfBatch);

    /** A page of rows (column name → value) as of a batch ({@code null} = current), in key or load order. */
    List<Map<String, Object>> rows(String table, Long asOfBatch, int offset, int limit);

    /** Changes from the state after {@code sinceBatch} to the current state, at most {@code limit}. */
    List<RowChange> changesSince(String table, long sinceBatch, int limit);

    /**
     * Changes from the state after {@code sinceBatch} to the state after {@code upToBatch}, skipping the first
     * {@code offset} in a total order (batch, load order, key): pages of one pinned range never shift, however many
     * batches follow.
     */
    List<RowChange> changesBetween(String table, long sinceBatch, long upToBatch, long offset, int limit);

    /** The newest batch applied to the table, or 0 for none. */
    long lastBatch(String table);

    /**
     * Makes the state after {@code targetBatch} current again, as a new batch {@code newBatchId} (history is kept:
     * the rollback itself can be rolled back).
     */
    BatchOutcome rollbackTo(String table, long targetBatch, long newBatchId);

    /** Per-column statistics of the row versions {@code batchId} introduced, with the {@code top} most frequent values. */
    List<ColumnProfile> profile(String table, long batchId, int top);

    /** Up to {@code limit} non-null values of a column among the row versions {@code batchId} introduced, as text. */
    List<String> sample(String table, String column, long batchId, int limit);

    /**
     * The SQL dialect {@link #query} speaks, e.g. {@code duckdb}: callers that compile engine-neutral definitions (rules,
     * comparisons) pick their compiler by it.
     */
    String dialect();

    /**
     * Runs one read-only query over the store's tables and streams its rows to {@code callback}, never holding the whole
     * result. Table names are those of {@link TableSchema#table()}; the store's own columns {@code _v_from}, {@code _v_to}
     * and {@code _seq} may be read.
     *
     * @param sql    a single SELECT (or WITH … SELECT) in the {@link #dialect()}, with {@code ?} parameters
     * @param params the parameters' values, in order
     * @return the number of rows streamed
     * @throws IllegalArgumentException if {@code sql} is not a query
     * @throws DataStoreException       if the store cannot run it (the message carries the engine's)
     */
    long query(String sql, java.util.List<?> params, RowCallback callback);

    /**
     * Runs one read-only query, as {@link #query}, and writes its rows to {@code file} with the engine's own writer,
     * never through the JVM's heap. Column names of the file are the query's column names.
     *
     * @return the number of rows written
     * @throws IllegalArgumentException if {@code sql} is not a query
     * @throws DataStoreException       if the store cannot run it or write the file
     */
    long copy(String sql, java.util.List<?> params, CopyFormat format, java.nio.file.Path file);

    /**
     * Makes a Java function callable from the SQL of {@link #query} and {@link #copy} until the returned handle is
     * closed. The engine may call it from several threads at once and with values in any order.
     */
    TextFunction textFunction(java.util.function.UnaryOperator<String> function);

    @Override
    void close();
}
