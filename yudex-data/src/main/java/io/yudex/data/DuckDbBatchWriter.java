package io.yudex.data;

import static io.yudex.data.DuckDbDataStore.q;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Stages rows through a {@link CsvStage} and applies them in one transaction that stays open from the first staging
 * file to the commit: appends and full replacements insert each staging file straight into the table as soon as it is
 * written (on a background thread, while the caller adds the next rows); upserts and deletes first collect the files
 * in a private staging table they can join. Nothing is visible to readers before {@link #commit()}: an abort rolls
 * back, and a crash leaves an uncommitted transaction, which DuckDB discards.
 */
final class DuckDbBatchWriter implements BatchWriter {

    /** Rows handed to the staging thread at a time. */
    static final int BLOCK = 4096;
    /** DuckDB's rows per row group (its default {@code row_group_size}). */
    private static final long ROW_GROUP = 122_880;
    /**
     * Rows per staging file: two files per million rows let DuckDB insert one while Java encodes the next. A whole
     * number of row groups, because each insert that ends in a partial row group costs extra: measured on 5M rows,
     * files of 2^18 rows took ≈5 CPU-s more to insert than one file, files of 5 row groups none measurably more.
     */
    static final long ROWS_PER_FILE = 5 * ROW_GROUP;
    /** Staging files written and waiting for their insert; bounds the temp disk used by a batch. */
    private static final int FILES_AHEAD = 2;
    /** Held-back rows removed per statement. */
    private static final int HOLD_CHUNK = 10_000;

    private final Connection connection;
    private final TableSchema schema;
    private final long batchId;
    private final LoadMode mode;
    private final Runnable release;
    private final List<Column> staged;
    private final String staging;
    private final CsvStage stage;
    /**
     * Sketches of the staged columns for the batch profile, when the staged rows are exactly the rows the batch
     * introduces (appends and full replacements); null for upserts and deletes, which the profile scans instead.
     */
    private final ColumnSketch[] sketches;
    private final Consumer<Map<String, ColumnSketch>> committed;
    private final SerialWorker ingest = new SerialWorker("yudex-ingest", FILES_AHEAD);
    private Object[][] block = new Object[BLOCK][];
    private int inBlock;
    private long rows;
    /** Rows the per-file inserts put into the table; written by the ingest thread, read after draining it. */
    private long inserted;
    /** Versions a full replacement ended when its transaction began. */
    private long replaced;
    private boolean transaction;
    private boolean finished;

    DuckDbBatchWriter(Connection connection, TableSchema schema, long batchId, LoadMode mode, Runnable release, long rowsPerFile,
            Consumer<Map<String, ColumnSketch>> committed) {
        this.connection = connection;
        this.schema = schema;
        this.batchId = batchId;
        this.mode = mode;
        this.release = release;
        this.staged = mode == LoadMode.DELETE ? schema.keyColumns() : schema.columns();
        this.staging = DuckDbDataStore.STAGING_PREFIX + schema.table() + "_" + batchId;
        this.committed = committed;
        this.sketches = keyed() ? null : staged.stream().map(c -> new ColumnSketch(c.type())).toArray(ColumnSketch[]::new);
        this.stage = new CsvStage(staged, rowsPerFile, sketches, file -> ingest.submit(() -> insertFile(file)));
    }

    @Override
    public void add(Object... values) {
        requireOpen();
        if (values.length != staged.size()) {
            throw new IllegalArgumentException("Expected " + staged.size() + " values (" + names() + "), got " + values.length);
        }
        Object[] checked = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Column c = staged.get(i);
            checked[i] = Values.checked(c.type(), values[i], c.name());
        }
        block[inBlock++] = checked;
        rows++;
        if (inBlock == BLOCK) {
            handBlock();
        }
    }

    @Override
    public long staged() {
        return rows;
    }

    @Override
    public BatchOutcome commit(BatchGate gate) {
        requireOpen();
        try {
            handBlock();
            stage.finish();
            ingest.drain();
            try (Statement s = connection.createStatement()) {
                begin(s);
                long held = holdBack(gate);
                long closed = mode == LoadMode.FULL_REPLACE ? replaced : close(s);
                long added = switch (mode) {
                    case APPEND, FULL_REPLACE -> inserted - held;
                    case UPSERT -> s.executeUpdate(insert(latestPerKey()));
                    case DELETE -> 0;
                };
                DuckDbDataStore.recordBatch(connection, schema.table(), batchId, mode.name());
                connection.commit();
                transaction = false;
                if (sketches != null && held == 0) { // the sketches saw the held rows too: the profile scans instead
                    Map<String, ColumnSketch> byName = new HashMap<>();
                    for (int i = 0; i < sketches.length; i++) {
                        byName.put(staged.get(i).name(), sketches[i]);
                    }
                    committed.accept(byName);
                }
                return new BatchOutcome(batchId, rows, added, closed, held);
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot apply batch " + batchId + " to table " + schema.table(), e);
        } finally {
            finish();
        }
    }

    @Override
    public void abort() {
        if (!finished) {
            finish();
        }
    }

    @Override
    public void close() {
        abort();
    }

    private void handBlock() {
        if (inBlock > 0) {
            stage.write(block, inBlock, rows - inBlock);
            block = new Object[BLOCK][];
            inBlock = 0;
        }
    }

    /** On the ingest thread: one staging file into the table (or the staging table), within the batch's transaction. */
    private void insertFile(Path file) throws SQLException {
        try (Statement s = connection.createStatement()) {
            begin(s);
            if (keyed()) {
                s.execute("INSERT INTO " + q(staging) + " SELECT * FROM " + stage.reader(file));
            } else {
                inserted += s.executeUpdate(insert(stage.reader(file)));
            }
        } finally {
            stage.delete(file);
        }
    }

    /**
     * Opens the batch's transaction once. A full replacement ends every current version right away, before its own
     * rows arrive, so the update needs no exception for them; upserts and deletes create their staging table.
     */
    private void begin(Statement s) throws SQLException {
        if (transaction) {
            return;
        }
        connection.setAutoCommit(false);
        transaction = true;
        if (mode == LoadMode.FULL_REPLACE) {
            replaced = s.executeUpdate("UPDATE " + q(schema.table()) + " SET _v_to = " + batchId + " WHERE _v_to IS NULL");
        }
        if (keyed()) {
            String cols = staged.stream().map(c -> q(c.name()) + " " + DuckDbDataStore.sqlType(c.type())).collect(Collectors.joining(", "));
            s.execute("CREATE TEMP TABLE " + q(staging) + " (" + cols + ", _seq BIGINT)");
        }
    }

    private boolean keyed() {
        return mode == LoadMode.UPSERT || mode == LoadMode.DELETE;
    }

    /**
     * Lets the gate screen the staged rows (the batch's new versions, or the staging table of an upsert) and removes
     * the rows it holds back, within the transaction; deletes are not screened.
     */
    private long holdBack(BatchGate gate) throws SQLException {
        if (gate == BatchGate.NONE || mode == LoadMode.DELETE || rows == 0) {
            return 0;
        }
        String cols = staged.stream().map(c -> q(c.name())).collect(Collectors.joining(", "));
        String relation = keyed() ? "(SELECT " + cols + ", _seq FROM " + q(staging) + ")"
                : "(SELECT " + cols + ", _seq FROM " + q(schema.table()) + " WHERE _v_from = " + batchId + ")";
        long[] seqs = Arrays.stream(gate.holdBack(new Staged(relation))).distinct().sorted().toArray();
        String target = keyed() ? q(staging) + " WHERE " : q(schema.table()) + " WHERE _v_from = " + batchId + " AND ";
        long held = 0;
        try (Statement s = connection.createStatement()) {
            for (int from = 0; from < seqs.length; from += HOLD_CHUNK) {
                String list = Arrays.stream(seqs, from, Math.min(seqs.length, from + HOLD_CHUNK)).mapToObj(Long::toString)
                        .collect(Collectors.joining(","));
                held += s.executeUpdate("DELETE FROM " + target + "_seq IN (" + list + ")");
            }
        }
        return held;
    }

    /** The staged rows as the gate sees them: queries run on the batch's own connection, inside its transaction. */
    private final class Staged implements StagedRows {
        private final String relation;

        Staged(String relation) {
            this.relation = relation;
        }

        @Override
        public String relation() {
            return relation;
        }

        @Override
        public long query(String sql, List<?> params, RowCallback callback) {
            try {
                return DuckDbDataStore.rows(connection, sql, params, callback);
            } catch (SQLException e) {
                throw new DataStoreException("Cannot query the staged rows of batch " + batchId + ": " + e.getMessage(), e);
            }
        }
    }

    /** Ends the current versions an upsert or a delete replaces, once all its rows are staged. */
    private long close(Statement s) throws SQLException {
        String table = q(schema.table());
        return switch (mode) {
            case APPEND, FULL_REPLACE -> 0;
            case UPSERT, DELETE -> s.executeUpdate("UPDATE " + table + " t SET _v_to = " + batchId + " WHERE t._v_to IS NULL AND EXISTS "
                    + "(SELECT 1 FROM " + q(staging) + " s WHERE " + keyMatch() + ")");
        };
    }

    /** The staged rows of an upsert, the last one of each key winning. */
    private String latestPerKey() {
        String keys = schema.keyColumns().stream().map(c -> q(c.name())).collect(Collectors.joining(", "));
        return "(SELECT * FROM " + q(staging) + " QUALIFY row_number() OVER (PARTITION BY " + keys + " ORDER BY _seq DESC) = 1)";
    }

    /** Inserts rows read from {@code source} as new versions of this batch. */
    private String insert(String source) {
        String cols = schema.columns().stream().map(c -> q(c.name())).collect(Collectors.joining(", "));
        return "INSERT INTO " + q(schema.table()) + " (" + cols + ", _v_from, _v_to, _seq) SELECT " + cols + ", " + batchId
                + ", NULL, _seq FROM " + source;
    }

    private String keyMatch() {
        return schema.keyColumns().stream().map(c -> "s." + q(c.name()) + " IS NOT DISTINCT FROM t." + q(c.name()))
                .collect(Collectors.joining(" AND "));
    }

    private String names() {
        return staged.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("Batch " + batchId + " of table " + schema.table() + " is already finished");
        }
    }

    /** Stops the background work (the ingest first, so the stage cannot hand it more), rolls back what is uncommitted. */
    private void finish() {
        finished = true;
        ingest.close();
        stage.close();
        try (Statement s = connection.createStatement()) {
            if (transaction) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
            s.execute("DROP TABLE IF EXISTS " + q(staging));
        } catch (SQLException e) {
            // a temporary staging table disappears with its connection anyway
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing more to release
            }
            release.run();
        }
    }
}
