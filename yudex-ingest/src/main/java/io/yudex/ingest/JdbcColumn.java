package io.yudex.ingest;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Locale;

/**
 * Reads one column of a JDBC result as the text forms the converters take: ISO dates and times, plain numbers
 * (never {@code 1.0E10}), {@code true/false}, base64 for binary. Timestamps with a zone become local date-times in
 * the platform's zone.
 *
 * @param index 1-based column index
 * @param label the column's label, matched to data items like a file's header
 * @param read  how the value is fetched
 * @param zone  the platform's zone
 */
record JdbcColumn(int index, String label, Reader read, ZoneId zone) {

    /** The text of a cell, a problem when it cannot be rendered, and its comparable value for a watermark. */
    record Cell(String text, String problem, Comparable<?> value) {
        static final Cell NULL = new Cell(null, null, null);
    }

    enum Reader { TEXT, NUMBER, FLOATING, BOOLEAN, DATE, TIME, TIMESTAMP, TIMESTAMP_ZONED, BINARY }

    static JdbcColumn[] of(ResultSetMetaData meta, ZoneId zone) throws SQLException {
        JdbcColumn[] columns = new JdbcColumn[meta.getColumnCount()];
        for (int i = 1; i <= columns.length; i++) {
            columns[i - 1] = new JdbcColumn(i, meta.getColumnLabel(i), reader(meta.getColumnType(i), meta.getColumnTypeName(i)), zone);
        }
        return columns;
    }

    private static Reader reader(int sqlType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC -> Reader.NUMBER;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Reader.FLOATING;
            case Types.BIT, Types.BOOLEAN -> name.startsWith("bit") && !name.equals("bit") ? Reader.TEXT : Reader.BOOLEAN;
            case Types.DATE -> Reader.DATE;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> Reader.TIME;
            // PostgreSQL reports timestamptz as TIMESTAMP; its type name tells them apart
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("zone") ? Reader.TIMESTAMP_ZONED : Reader.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Reader.TIMESTAMP_ZONED;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Reader.BINARY;
            default -> Reader.TEXT;
        };
    }

    Cell read(ResultSet rs) throws SQLException {
        return switch (read) {
            case TEXT -> text(rs.getString(index));
            case NUMBER -> number(rs.getBigDecimal(index));
            case FLOATING -> floating(rs);
            case BOOLEAN -> bool(rs);
            case DATE -> date(rs.getObject(index, LocalDate.class));
            case TIME -> time(rs.getObject(index, LocalTime.class));
            case TIMESTAMP -> timestamp(rs.getObject(index, LocalDateTime.class));
            case TIMESTAMP_ZONED -> zoned(rs.getObject(index, OffsetDateTime.class));
            case BINARY -> binary(rs.getBytes(index));
        };
    }

    private static Cell text(String s) {
        return s == null ? Cell.NULL : new Cell(s, null, s);
    }

    private static Cell number(BigDecimal n) {
        return n == null ? Cell.NULL : new Cell(n.toPlainString(), null, n);
    }

    private Cell floating(ResultSet rs) throws SQLException {
        double d = rs.getDouble(index);
        if (rs.wasNull()) {
            return Cell.NULL;
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return new Cell(String.valueOf(d), label + " holds " + d + ", which no data item type takes", null);
        }
        BigDecimal n = BigDecimal.valueOf(d);
        return new Cell(n.toPlainString(), null, n);
    }

    private Cell bool(ResultSet rs) throws SQLException {
        boolean b = rs.getBoolean(index);
        return rs.wasNull() ? Cell.NULL : new Cell(String.valueOf(b), null, b);
    }

    private static Cell date(LocalDate d) {
        return d == null ? Cell.NULL : new Cell(d.toString(), null, d);
    }

    private static Cell time(LocalTime t) {
        return t == null ? Cell.NULL : new Cell(t.toString(), null, t);
    }

    private static Cell timestamp(LocalDateTime t) {
        return t == null ? Cell.NULL : new Cell(t.toString().replace('T', ' '), null, t);
    }

    private Cell zoned(OffsetDateTime t) {
        return t == null ? Cell.NULL : timestamp(t.atZoneSameInstant(zone).toLocalDateTime());
    }

    private static Cell binary(byte[] b) {
        return b == null ? Cell.NULL : new Cell(Base64.getEncoder().encodeToString(b), null, null);
    }

    /** The watermark of a comparable cell value, or null for values no watermark is kept of. */
    static Watermark watermarkOf(Comparable<?> value) {
        return switch (value) {
            case null -> null;
            case BigDecimal n -> Watermark.of(n);
            case LocalDateTime t -> Watermark.of(t);
            case LocalDate d -> Watermark.of(d);
            case String s -> Watermark.ofText(s);
            default -> null;
        };
    }
}
