package io.yudex.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;

/**
 * The embedded data store: one DuckDB database file. Each table carries three columns of its own: {@code _v_from}
 * (the batch that introduced the row version), {@code _v_to} (the batch that ended it, null while current) and
 * {@code _seq} (load order within the batch). Batches stage rows in CSV files that DuckDB reads (see
 * {@link DuckDbBatchWriter}) and are applied in one transaction, so readers never see half a batch and a crash loses
 * only the batch in flight.
 */
public final class DuckDbDataStore implements DataStore {

    static final String META = "_yudex_batches";
    static final String TABLES = "_yudex_tables";
    static final String STAGING_PREFIX = "_stg_";

    private final DuckDBConnection root;
    private final TextFunctions textFunctions;
    /** Rows per staging file of a batch; tests make it small to cover batches of several files. */
    private final long rowsPerFile;
    /** One writer per table at a time: batches of a table apply in order. Not owner-bound, unlike a lock. */
    private final Map<String, Semaphore> writers = new ConcurrentHashMap<>();
    /**
     * Column sketches of recently committed appends and full replacements, by table and batch, until their profile is
     * taken (the server profiles each batch once, right after its commit). A batch without one (an upsert, a
     * delete, a rollback, a batch committed before a restart) is profiled by scanning it.
     */
    private final Map<String, Map<String, ColumnSketch>> sketches = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, ColumnSketch>> eldest) {
                    return size() > KEPT_SKETCHES;
                }
            });
    private static final int KEPT_SKETCHES = 16;

    private DuckDbDataStore(String url, long rowsPerFile) {
        this.rowsPerFile = rowsPerFile;
        try {
            Properties props = new Properties();
            props.setProperty("autoinstall_known_extensions", "false");
            // every read orders by _v_from, _seq explicitly, so parallel inserts need not keep the staging order
            props.setProperty("preserve_insertion_order", "false");
            // a new database file keeps strings in FSST or dictionary blocks (the 1.2 storage format) rather than
            // DICT_FSST, and dictionary blocks are not tried: measured on 1M population rows, inserting them cost
            // 1.7–1.9 CPU-s with DICT_FSST and 1.1–1.3 with FSST alone, for the same file size (42 MB); an
            // existing file keeps its own format
            props.setProperty("storage_compatibility_version", "v1.2.0");
            this.root = (DuckDBConnection) DriverManager.getConnection(url, props);
            try (Statement s = root.createStatement()) {
                s.execute("SET GLOBAL disabled_compression_methods = 'dictionary'");
                s.execute("CREATE TABLE IF NOT EXISTS " + META
                        + " (table_name VARCHAR NOT NULL, batch_id BIGINT NOT NULL, mode VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLES + " (table_name VARCHAR PRIMARY KEY, key_columns VARCHAR NOT NULL)");
            }
            dropLeftoverStaging();
            this.textFunctions = new TextFunctions(root);
        } catch (SQLException e) {
            throw new DataStoreException("Cannot open the DuckDB data store at " + url, e);
        }
    }

    /** Opens (or creates) the database file; its directory is created when missing. */
    public static DuckDbDataStore open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new DataStoreException("Cannot create the directory of " + file, e);
        }
        return new DuckDbDataStore("jdbc:duckdb:" + file.toAbsolutePath(), DuckDbBatchWriter.ROWS_PER_FILE);
    }

    public static DuckDbDataStore inMemory() {
        return inMemory(DuckDbBatchWriter.ROWS_PER_FILE);
    }

    static DuckDbDataStore inMemory(long rowsPerFile) {
        return new DuckDbDataStore("jdbc:duckdb:", rowsPerFile);
    }

    /** A connection sharing this database, for callers that run their own SQL (rules, profiles, exports). */
    public Connection connection() {
        try {
            return root.duplicate();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot open a DuckDB connection", e);
        }
    }

    @Override
    public void ensureTable(TableSchema schema) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            String cols = schema.columns().stream().map(col -> q(col.name()) + " " + sqlType(col.type())).collect(Collectors.joining(", "));
            s.execute("CREATE TABLE IF NOT EXISTS " + q(schema.table()) + " (" + cols
                    + ", _v_from BIGINT NOT NULL, _v_to BIGINT, _seq BIGINT NOT NULL)");
            try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO " + TABLES + " VALUES (?, ?)")) {
                p.setString(1, schema.table());
                p.setString(2, schema.keyColumns().stream().map(Column::name).collect(Collectors.joining(",")));
                p.executeUpdate();
            }
            List<String> existing = columnsOf(c, schema.table());
            for (Column col : schema.columns()) {
                if (!existing.contains(col.name())) {
                    s.execute("ALTER TABLE " + q(schema.table()) + " ADD COLUMN " + q(col.name()) + " " + sqlType(col.type()));
                }
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot create or extend table " + schema.table(), e);
        }
    }

    @Override
    public boolean tableExists(String table) {
        try (Connection c = connection();
                PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ?")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot look up table " + table, e);
        }
    }

    @Override
    public BatchWriter begin(TableSchema schema, long batchId, LoadMode mode) {
        if ((mode == LoadMode.UPSERT || mode == LoadMode.DELETE) && !schema.hasKey()) {
            throw new IllegalArgumentException(mode + " needs key columns, and table " + schema.table() + " has none");
        }
        Semaphore writer = writers.computeIfAbsent(schema.table(), t -> new Semaphore(1));
        writer.acquireUninterruptibly();
        try {
            long last = lastBatch(schema.table());
            if (batchId <= last) {
                throw new IllegalStateException("Batch " + batchId + " must be greater than the last applied batch " + last
                        + " of table " + schema.table());
            }
            return new DuckDbBatchWriter(root.duplicate(), schema, batchId, mode, writer::release, rowsPerFile,
                    byColumn -> sketches.put(sketchKey(schema.table(), batchId), byColumn));
        } catch (SQLException e) {
            writer.release();
            throw new DataStoreException("Cannot start batch " + batchId + " of table " + schema.table(), e);
        } catch (RuntimeException e) {
            writer.release();
            throw e;
        }
    }

    @Override
    public long count(String table, Long asOfBatch) {
        String sql = "SELECT COUNT(*) FROM " + q(table) + " WHERE " + visible(asOfBatch);
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new DataStoreException("Cannot count table " + table, e);
        }
    }

    @Override
    public List<Map<String, Object>> rows(String table, Long asOfBatch, int offset, int limit) {
        try (Connection c = connection()) {
            List<String> cols = dataColumns(c, table);
            String sql = "SELECT " + cols.stream().map(DuckDbDataStore::q).collect(Collectors.joining(", ")) + " FROM " + q(table)
                    + " WHERE " + visible(asOfBatch) + " ORDER BY _v_from, _seq LIMIT " + limit + " OFFSET " + offset;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < cols.size(); i++) {
                        row.put(cols.get(i), Values.fromJdbc(rs.getObject(i + 1)));
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read table " + table, e);
        }
    }

    @Override
    public List<RowChange> changesSince(String table, long sinceBatch, int limit) {
        try (Connection c = connection()) {
            return new ChangeQuery(c, table, dataColumns(c, table), keyColumns(c, table)).since(sinceBatch, limit);
        } catch (SQLException e) {
            throw new DataStoreException("Cannot list the changes of table " + table + " since batch " + sinceBatch, e);
        }
    }

    @Override
    public List<RowChange> changesBetween(String table, long sinceBatch, long upToBatch, long offset, int limit) {
        try (Connection c = connection()) {
            return new ChangeQuery(c, table, dataColumns(c, table), keyColumns(c, table)).between(sinceBatch, upToBatch, offset, limit);
        } catch (SQLException e) {
            throw new DataStoreException("Cannot list the changes of table " + table + " from batch " + sinceBatch + " to " + upToBatch, e);
        }
    }

    @Override
    public BatchOutcome rollbackTo(String table, long targetBatch, long newBatchId) {
        Semaphore writer = writers.computeIfAbsent(table, t -> new Semaphore(1));
        writer.acquireUninterruptibly();
        try (Connection c = connection()) {
            long last = lastBatch(table);
            if (newBatchId <= last || targetBatch > last) {
                throw new IllegalStateException("Cannot roll table " + table + " back to batch " + targetBatch + " as batch "
                        + newBatchId + " (last applied: " + last + ")");
            }
            List<String> cols = dataColumns(c, table);
            String list = cols.stream().map(DuckDbDataStore::q).collect(Collectors.joining(", "));
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                long closed = s.executeUpdate("UPDATE " + q(table) + " SET _v_to = " + newBatchId + " WHERE _v_to IS NULL");
                long inserted = s.executeUpdate("INSERT INTO " + q(table) + " (" + list + ", _v_from, _v_to, _seq) SELECT " + list
                        + ", " + newBatchId + ", NULL, _seq FROM " + q(table) + " WHERE " + visible(targetBatch));
                recordBatch(c, table, newBatchId, "ROLLBACK_TO_" + targetBatch);
                c.commit();
                return new BatchOutcome(newBatchId, inserted, inserted, closed);
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot roll table " + table + " back to batch " + targetBatch, e);
        } finally {
            writer.release();
        }
    }

    @Override
    public List<ColumnProfile> profile(String table, long batchId, int top) {
        try (Connection c = connection()) {
            Map<String, ColumnSketch> sketched = sketches.remove(sketchKey(table, batchId));
            ProfileQuery query = new ProfileQuery(c, table, batchId);
            return sketched == null ? query.profile(dataColumns(c, table), top) : query.profile(dataColumns(c, table), top, sketched);
        } catch (SQLException e) {
            throw new DataStoreException("Cannot profile batch " + batchId + " of table " + table, e);
        }
    }

    @Override
    public List<String> sample(String table, String column, long batchId, int limit) {
        String sql = "SELECT " + q(column) + "::VARCHAR FROM " + q(table) + " WHERE _v_from = " + batchId + " AND " + q(column)
                + " IS NOT NULL LIMIT " + limit;
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new DataStoreException("Cannot sample column " + column + " of table " + table, e);
        }
    }

    @Override
    public void close() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot close the DuckDB data store", e);
        }
    }

    private static String sketchKey(String table, long batchId) {
        return table + "#" + batchId;
    }

    @Override
    public long lastBatch(String table) {
        try (Connection c = connection();
                PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(batch_id), 0) FROM " + META + " WHERE table_name = ?")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read the batches of table " + table, e);
        }
    }

    static void recordBatch(Connection c, String table, long batchId, String mode) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + META + " VALUES (?, ?, ?, now())")) {
            p.setString(1, table);
            p.setLong(2, batchId);
            p.setString(3, mode);
            p.executeUpdate();
        }
    }

    /** Row versions visible after {@code asOf} (null: the current ones). */
    static String visible(Long asOf) {
        return asOf == null ? "_v_to IS NULL" : "_v_from <= " + asOf + " AND (_v_to IS NULL OR _v_to > " + asOf + ")";
    }

    static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String sqlType(ColumnType type) {
        return switch (type) {
            case VARCHAR -> "VARCHAR";
            case BIGINT -> "BIGINT";
            case DECIMAL -> "DECIMAL(38," + Values.DECIMAL_SCALE + ")";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
            case BOOLEAN -> "BOOLEAN";
            case BLOB -> "BLOB";
        };
    }

    private static List<String> columnsOf(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                if (out.isEmpty()) {
                    throw new IllegalArgumentException("No table " + table + " in the data store");
                }
                return out;
            }
        }
    }

    private static List<String> dataColumns(Connection c, String table) throws SQLException {
        return columnsOf(c, table).stream().filter(n -> !n.startsWith("_")).toList();
    }

    /** The key columns recorded by {@link #ensureTable}; empty for a table without a key. */
    private static List<String> keyColumns(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT key_columns FROM " + TABLES + " WHERE table_name = ?")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next() || rs.getString(1).isEmpty()) {
                    return List.of();
                }
                return List.of(rs.getString(1).split(","));
            }
        }
    }

    private void dropLeftoverStaging() throws SQLException {
        List<String> leftovers = new ArrayList<>();
        try (Statement s = root.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE starts_with(table_name, '" + STAGING_PREFIX + "')")) {
            while (rs.next()) {
                leftovers.add(rs.getString(1));
            }
        }
        try (Statement s = root.createStatement()) {
            for (String t : leftovers) {
                s.execute("DROP TABLE IF EXISTS " + q(t));
            }
        }
    }

    // --- queries for callers that compile their own SQL (rules, comparisons); appended, see DataStore#query ---

    @Override
    public String dialect() {
        return "duckdb";
    }

    @Override
    public long query(String sql, List<?> params, RowCallback callback) {
        requireQuery(sql);
        try (Connection c = connection()) {
            return rows(c, sql, params, callback);
        } catch (SQLException e) {
            throw new DataStoreException("Cannot run the query: " + e.getMessage(), e);
        }
    }

    /** Runs {@code sql} on {@code c} with {@code params} bound and hands each row, as store values, to the callback. */
    static long rows(Connection c, String sql, List<?> params, RowCallback callback) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            long n = 0;
            try (ResultSet rs = p.executeQuery()) {
                int width = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] values = new Object[width];
                    for (int i = 0; i < width; i++) {
                        values[i] = Values.fromJdbc(rs.getObject(i + 1));
                    }
                    callback.row(values);
                    n++;
                }
            }
            return n;
        }
    }

    private static void requireQuery(String sql) {
        String head = sql.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (!head.startsWith("select") && !head.startsWith("with") && !head.startsWith("(")) {
            throw new IllegalArgumentException("Only a SELECT query may run through query() or copy(), not: "
                    + sql.substring(0, Math.min(40, sql.length())));
        }
    }

    @Override
    public long copy(String sql, List<?> params, CopyFormat format, Path file) {
        requireQuery(sql);
        String target = file.toAbsolutePath().toString().replace("'", "''");
        try (Connection c = connection(); PreparedStatement p = c.prepareStatement("COPY (" + sql + ") TO '" + target + "' (" + format.options() + ")")) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            if (p.execute()) {
                try (ResultSet rs = p.getResultSet()) {
                    return rs.next() ? rs.getLong(1) : 0;
                }
            }
            return Math.max(0, p.getLargeUpdateCount());
        } catch (SQLException e) {
            throw new DataStoreException("Cannot write the query's rows to " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public TextFunction textFunction(java.util.function.UnaryOperator<String> function) {
        return textFunctions.open(function);
    }
}
