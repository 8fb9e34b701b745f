package io.yudex.data;

import static io.yudex.data.DuckDbDataStore.q;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stages rows in a {@link CsvStage} file, then applies them in one transaction: appends and full replacements insert
 * straight from the file; upserts and deletes first load it into a private staging table they can join.
 */
final class DuckDbBatchWriter implements BatchWriter {

    private final Connection connection;
    private final TableSchema schema;
    private final long batchId;
    private final LoadMode mode;
    private final Runnable release;
    private final List<Column> staged;
    private final String staging;
    private final CsvStage stage;
    private long rows;
    private boolean finished;

    DuckDbBatchWriter(Connection connection, TableSchema schema, long batchId, LoadMode mode, Runnable release) {
        this.connection = connection;
        this.schema = schema;
        this.batchId = batchId;
        this.mode = mode;
        this.release = release;
        this.staged = mode == LoadMode.DELETE ? schema.keyColumns() : schema.columns();
        this.staging = DuckDbDataStore.STAGING_PREFIX + schema.table() + "_" + batchId;
        this.stage = new CsvStage(staged);
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
        stage.write(checked, rows);
        rows++;
    }

    @Override
    public long staged() {
        return rows;
    }

    @Override
    public BatchOutcome commit() {
        requireOpen();
        try {
            String source = stage.finish();
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                if (mode == LoadMode.UPSERT || mode == LoadMode.DELETE) {
                    s.execute("CREATE TEMP TABLE " + q(staging) + " AS SELECT * FROM " + source);
                    source = q(staging);
                }
                long closed = close(s, source);
                long inserted = mode == LoadMode.DELETE ? 0 : s.executeUpdate(insert(source));
                DuckDbDataStore.recordBatch(connection, schema.table(), batchId, mode.name());
                connection.commit();
                return new BatchOutcome(batchId, rows, inserted, closed);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
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

    /** Ends the current versions this batch replaces or deletes. */
    private long close(Statement s, String source) throws SQLException {
        String table = q(schema.table());
        return switch (mode) {
            case APPEND -> 0;
            case FULL_REPLACE -> s.executeUpdate("UPDATE " + table + " SET _v_to = " + batchId + " WHERE _v_to IS NULL");
            case UPSERT, DELETE -> s.executeUpdate("UPDATE " + table + " t SET _v_to = " + batchId + " WHERE t._v_to IS NULL AND EXISTS "
                    + "(SELECT 1 FROM " + source + " s WHERE " + keyMatch() + ")");
        };
    }

    /** Inserts the staged rows as new versions; for an upsert, the last staged row of each key wins. */
    private String insert(String source) {
        String cols = schema.columns().stream().map(c -> q(c.name())).collect(Collectors.joining(", "));
        String from = source;
        if (mode == LoadMode.UPSERT) {
            String keys = schema.keyColumns().stream().map(c -> q(c.name())).collect(Collectors.joining(", "));
            from = "(SELECT * FROM " + source + " QUALIFY row_number() OVER (PARTITION BY " + keys + " ORDER BY _seq DESC) = 1)";
        }
        return "INSERT INTO " + q(schema.table()) + " (" + cols + ", _v_from, _v_to, _seq) SELECT " + cols + ", " + batchId
                + ", NULL, _seq FROM " + from;
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

    private void finish() {
        finished = true;
        stage.close();
        try (Statement s = connection.createStatement()) {
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
