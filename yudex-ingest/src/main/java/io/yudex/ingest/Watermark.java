package io.yudex.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How far an incremental pull has read: the largest value of its increasing key or update-timestamp column, kept
 * with its kind so that the next pull binds it back to the query as the same SQL type.
 *
 * @param kind  how to compare and bind the value
 * @param value the value in ISO or plain-number form
 */
public record Watermark(Kind kind, String value) implements Comparable<Watermark> {

    public enum Kind { NUMBER, TIMESTAMP, DATE, TEXT }

    public Watermark {
        if (kind == null || value == null) {
            throw new IllegalArgumentException("a watermark needs a kind and a value");
        }
    }

    public static Watermark of(BigDecimal n) {
        return new Watermark(Kind.NUMBER, n.stripTrailingZeros().toPlainString());
    }

    public static Watermark of(LocalDateTime t) {
        return new Watermark(Kind.TIMESTAMP, t.toString());
    }

    public static Watermark of(LocalDate d) {
        return new Watermark(Kind.DATE, d.toString());
    }

    public static Watermark ofText(String s) {
        return new Watermark(Kind.TEXT, s);
    }

    /**
     * Reads the form written by {@link #stored()}.
     *
     * @throws IllegalArgumentException when {@code stored} is not such a form
     */
    public static Watermark parse(String stored) {
        int colon = stored.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a stored watermark: " + stored);
        }
        Watermark w = new Watermark(Kind.valueOf(stored.substring(0, colon).toUpperCase(Locale.ROOT)), stored.substring(colon + 1));
        w.bindValue(); // fails now on a malformed value rather than at the next pull
        return w;
    }

    /** The larger of two watermarks, either of which may be null; {@code b} when their kinds differ (the column changed type). */
    static Watermark max(Watermark a, Watermark b) {
        if (a == null || b != null && a.kind != b.kind) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** {@code kind:value}, e.g. {@code number:1200} or {@code timestamp:2024-03-01T08:30}. */
    public String stored() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + value;
    }

    /** The value as the Java type JDBC drivers bind to the column's SQL type. */
    public Object bindValue() {
        try {
            return switch (kind) {
                case NUMBER -> new BigDecimal(value);
                case TIMESTAMP -> LocalDateTime.parse(value);
                case DATE -> LocalDate.parse(value);
                case TEXT -> value;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("watermark " + stored() + " is not a valid " + kind.name().toLowerCase(Locale.ROOT), e);
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compareTo(Watermark other) {
        if (kind != other.kind) {
            throw new IllegalArgumentException("cannot compare a " + kind + " watermark with a " + other.kind + " one");
        }
        return ((Comparable) bindValue()).compareTo(other.bindValue());
    }
}
