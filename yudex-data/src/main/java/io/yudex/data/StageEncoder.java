package io.yudex.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * Encodes staged rows as the UTF-8 CSV lines {@link CsvStage} has DuckDB read: every non-null value quoted (inner
 * quotes doubled), null an unquoted {@code \N}, so an empty string and a null stay distinct; the load sequence number
 * last. Straight to bytes in one growing buffer: the former StringBuilder → Writer → charset-encoder chain was about
 * half of the staging cost in the ingest benchmark, and {@link LocalDate#toString()} alone a fifth of it, so ISO
 * dates and integers are written digit by digit here. Not thread-safe; one encoder per staging thread.
 */
final class StageEncoder {

    private static final byte[] NULL = {'\\', 'N'};
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** One sketch per column, fed with each non-null value's staged bytes; null when nobody asked for a profile. */
    private final ColumnSketch[] sketches;
    private byte[] buf;
    private int len;

    StageEncoder() {
        this(null);
    }

    StageEncoder(ColumnSketch[] sketches) {
        this(sketches, 1 << 16);
    }

    private StageEncoder(ColumnSketch[] sketches, int capacity) {
        this.sketches = sketches;
        this.buf = new byte[capacity];
    }

    /** Appends one line: the values (already checked against the column types), then {@code seq}. */
    void row(Object[] values, long seq) {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int start = len;
            value(v);
            if (sketches != null && v != null) {
                sketches[i].add(v, buf, start, len);
            }
            put((byte) ',');
        }
        digits(seq);
        put((byte) '\n');
    }

    byte[] bytes() {
        return buf;
    }

    int length() {
        return len;
    }

    void reset() {
        len = 0;
    }

    /**
     * A value as the staging file spells it, unquoted: what DuckDB casts back to the column's type (the profile binds
     * candidate values this way).
     */
    static String text(Object v) {
        StageEncoder e = new StageEncoder(null, 64);
        e.value(v);
        String s = new String(e.buf, 0, e.len, StandardCharsets.UTF_8);
        return v instanceof String || v instanceof byte[] ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
    }

    private void value(Object v) {
        switch (v) {
            case null -> put(NULL);
            case String s -> quoted(s);
            case Long n -> digits(n);
            case LocalDate d -> date(d);
            case LocalDateTime t -> {
                date(t.toLocalDate());
                put((byte) ' ');
                ascii(t.toLocalTime().toString());
            }
            case BigDecimal d -> ascii(d.toPlainString());
            case byte[] b -> blob(b);
            default -> ascii(v.toString()); // Double, Boolean: Java's forms are DuckDB's
        }
    }

    /**
     * The string in quotes, inner quotes doubled, encoded to UTF-8 in place: no byte array per value, one pass. An
     * unpaired surrogate becomes {@code ?}, as {@link String#getBytes} writes it.
     */
    private void quoted(String s) {
        int n = s.length();
        ensure(3 * n + 2);
        byte[] b = buf;
        int at = len;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    b[at++] = '"';
                }
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[at++] = (byte) (0xF0 | cp >> 18);
                b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[at++] = '?';
            }
        }
        b[at++] = '"';
        len = at;
    }

    /** yyyy-MM-dd; years outside 0..9999 take {@link LocalDate#toString()}'s signed form, which DuckDB also reads. */
    private void date(LocalDate d) {
        int year = d.getYear();
        if (year < 0 || year > 9999) {
            ascii(d.toString());
            return;
        }
        ensure(10);
        padded(year, 4);
        buf[len++] = '-';
        padded(d.getMonthValue(), 2);
        buf[len++] = '-';
        padded(d.getDayOfMonth(), 2);
    }

    private void padded(int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            buf[len + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        len += width;
    }

    private void digits(long n) {
        if (n < 0) {
            ascii(Long.toString(n)); // rare in staged data; keeps Long.MIN_VALUE right
            return;
        }
        ensure(20);
        int start = len;
        do {
            buf[len++] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n > 0);
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    /** DuckDB reads a BLOB from text in its escaped form {@code \xAB}. */
    private void blob(byte[] bytes) {
        ensure(bytes.length * 4 + 2);
        buf[len++] = '"';
        for (byte b : bytes) {
            buf[len++] = '\\';
            buf[len++] = 'x';
            buf[len++] = HEX[(b >> 4) & 0xF];
            buf[len++] = HEX[b & 0xF];
        }
        buf[len++] = '"';
    }

    private void ascii(String s) {
        put(s.getBytes(StandardCharsets.US_ASCII));
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    private void put(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
