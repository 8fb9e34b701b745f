package io.yudex.exchange.serving;

import io.yudex.data.ColumnType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * One typed column of a serving table.
 *
 * @param name    the data item's name (lower case, {@code [a-z][a-z0-9_]*})
 * @param indexed whether the column has an index of its own (key items and the region item)
 */
public record ServedColumn(String name, ColumnType type, boolean key, boolean indexed) {

    /** The column in portable SQL (H2 2.4 in PostgreSQL mode and PostgreSQL 15). */
    String sqlType() {
        return switch (type) {
            case VARCHAR -> "VARCHAR(4000)";
            case BIGINT -> "BIGINT";
            case DECIMAL -> "NUMERIC(38,10)";
            case DOUBLE -> "DOUBLE PRECISION";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
            case BOOLEAN -> "BOOLEAN";
            case BLOB -> throw new IllegalStateException("binary items are not served");
        };
    }

    /**
     * A filter or cursor value given as text, in the column's type.
     *
     * @throws IllegalArgumentException saying which type was expected (never echoing the value)
     */
    public Object parse(String text) {
        String t = text.strip();
        try {
            return switch (type) {
                case VARCHAR -> text;
                case BIGINT -> Long.parseLong(t);
                case DECIMAL -> new BigDecimal(t);
                case DOUBLE -> Double.parseDouble(t);
                case DATE -> LocalDate.parse(t);
                case TIMESTAMP -> LocalDateTime.parse(t);
                case BOOLEAN -> switch (t.toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException();
                };
                case BLOB -> throw new IllegalArgumentException();
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(expected());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(expected());
        }
    }

    private String expected() {
        return switch (type) {
            case BIGINT -> "expects a whole number";
            case DECIMAL, DOUBLE -> "expects a number";
            case DATE -> "expects a date like 2026-01-31";
            case TIMESTAMP -> "expects a date and time like 2026-01-31T08:30:00";
            case BOOLEAN -> "expects true or false";
            case BLOB -> "is binary and cannot be filtered or sorted on";
            case VARCHAR -> "expects text";
        };
    }

    String quoted() {
        return "\"" + name + "\"";
    }
}
