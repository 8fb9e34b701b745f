package io.yudex.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Checks values against the store's column types and converts JDBC results back to them. */
final class Values {

    private Values() {}

    /**
     * The value checked against the column's type (decimals scaled to the column's scale).
     *
     * @throws IllegalArgumentException naming the column when the type does not fit
     */
    static Object checked(ColumnType type, Object value, String column) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case VARCHAR -> as(String.class, value, column);
            case BIGINT -> as(Long.class, value, column);
            case DECIMAL -> decimal(as(BigDecimal.class, value, column), column);
            case DOUBLE -> as(Double.class, value, column);
            case DATE -> as(LocalDate.class, value, column);
            case TIMESTAMP -> as(LocalDateTime.class, value, column);
            case BOOLEAN -> as(Boolean.class, value, column);
            case BLOB -> as(byte[].class, value, column);
        };
    }

    /** DECIMAL columns hold 6 decimal places; more would be silently rounded, so it is refused instead. */
    static final int DECIMAL_SCALE = 6;

    private static BigDecimal decimal(BigDecimal value, String column) {
        if (value.stripTrailingZeros().scale() > DECIMAL_SCALE || value.precision() - value.scale() > 38 - DECIMAL_SCALE) {
            throw new IllegalArgumentException("Column " + column + " holds at most " + (38 - DECIMAL_SCALE) + " integer digits and "
                    + DECIMAL_SCALE + " decimal places, got " + value.toPlainString());
        }
        return value.setScale(DECIMAL_SCALE);
    }

    private static <T> T as(Class<T> type, Object value, String column) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Column " + column + " takes " + type.getSimpleName() + ", got "
                    + value.getClass().getSimpleName());
        }
        return type.cast(value);
    }

    /** JDBC values as the store's types: LocalDate, LocalDateTime, Long for integers. */
    static Object fromJdbc(Object value) {
        return switch (value) {
            case java.sql.Date d -> d.toLocalDate();
            case java.sql.Timestamp t -> t.toLocalDateTime();
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case null, default -> value;
        };
    }
}
