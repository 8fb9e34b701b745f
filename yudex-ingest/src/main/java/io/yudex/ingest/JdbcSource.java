package io.yudex.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of a query on a provider's database, streamed with a server-side cursor (fetch size) rather than read into
 * memory, as text in the forms {@link ValueConverter} takes. While reading it keeps the largest value of the
 * watermark column, so that an incremental pull can continue after it next time.
 *
 * <p>Owns the connection: {@link #close()} closes it. A failure of the source database (it goes away, a statement
 * timeout) surfaces as {@link SourceUnavailableException} from {@link #next()}; records already returned stay valid,
 * but the caller must not commit a partial read.
 */
public final class JdbcSource implements RowSource {

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final List<String> header;
    private final JdbcColumn[] columns;
    private final int watermarkIndex;
    private final Watermark start;
    @SuppressWarnings("rawtypes")
    private Comparable largest;
    private long line;

    private JdbcSource(Connection connection, PreparedStatement statement, ResultSet rows, JdbcColumn[] columns, int watermarkIndex,
            Watermark start) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.columns = columns;
        this.header = Arrays.stream(columns).map(JdbcColumn::label).toList();
        this.watermarkIndex = watermarkIndex;
        this.start = start;
    }

    /**
     * Runs {@code query} and opens its result for streaming.
     *
     * @param connection      an open connection; owned by the source from now on, closed on failure too
     * @param query           the SELECT to run, with {@code ?} for {@code parameters}
     * @param parameters      values bound in order (e.g. the previous watermark)
     * @param fetchSize       rows per round trip of the server-side cursor
     * @param watermarkColumn the column whose largest value {@link #watermark()} reports, or null
     * @param start           the watermark before this pull (kept when no row is read), or null
     * @param zone            the zone in which timestamps with a time zone are read as local date-times
     * @throws SourceUnavailableException when the query fails or the watermark column is not in its result
     */
    public static JdbcSource open(Connection connection, String query, List<Object> parameters, int fetchSize, String watermarkColumn,
            Watermark start, ZoneId zone) {
        PreparedStatement statement = null;
        try {
            statement = connection.prepareStatement(query, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(fetchSize);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            ResultSet rows = statement.executeQuery();
            JdbcColumn[] columns = JdbcColumn.of(rows.getMetaData(), zone);
            int watermarkIndex = watermarkColumn == null ? -1 : indexOf(columns, watermarkColumn);
            return new JdbcSource(connection, statement, rows, columns, watermarkIndex, start);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(statement, connection);
            if (e instanceof SourceUnavailableException s) {
                throw s;
            }
            throw new SourceUnavailableException("the query failed: " + describe(e), e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SourceRecord next() {
        try {
            if (!rows.next()) {
                return null;
            }
            line++;
            List<String> values = new ArrayList<>(columns.length);
            String problem = null;
            for (int i = 0; i < columns.length; i++) {
                JdbcColumn.Cell cell = columns[i].read(rows);
                if (i == watermarkIndex) {
                    keepLargest(cell.value());
                }
                values.add(cell.text());
                if (cell.problem() != null && problem == null) {
                    problem = cell.problem();
                }
            }
            return new SourceRecord(line, values, problem);
        } catch (SQLException e) {
            throw new SourceUnavailableException("the source database failed after " + line + " rows: " + describe(e), e);
        }
    }

    @SuppressWarnings("unchecked")
    private void keepLargest(Comparable<?> value) {
        if (value != null && (largest == null || largest.compareTo(value) < 0)) {
            largest = value;
        }
    }

    /** The largest watermark-column value read so far, or the start value when no row had a larger one (may be null). */
    public Watermark watermark() {
        return Watermark.max(start, JdbcColumn.watermarkOf(largest));
    }

    /** JDBC gives no byte count; progress of a pull is in rows. */
    @Override
    public long bytesRead() {
        return 0;
    }

    @Override
    public void close() {
        closeQuietly(rows, statement, connection);
    }

    private static int indexOf(JdbcColumn[] columns, String name) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].label().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new SourceUnavailableException("the incremental column '" + name + "' is not among the query's columns "
                + Arrays.stream(columns).map(JdbcColumn::label).toList());
    }

    /** The driver's message without the stack, plus the SQL state that tells connection loss (08xxx) from the rest. */
    static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        if (e instanceof SQLException s && s.getSQLState() != null) {
            return message + " (SQL state " + s.getSQLState() + ")";
        }
        return message;
    }

    private static void closeQuietly(AutoCloseable... closeables) {
        for (AutoCloseable c : closeables) {
            if (c == null) {
                continue;
            }
            try {
                c.close();
            } catch (Exception ignored) {
                // closing after a failure: the first failure is the one to report
            }
        }
    }
}
