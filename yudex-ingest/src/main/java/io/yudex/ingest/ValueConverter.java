package io.yudex.ingest;

import io.yudex.data.ColumnType;
import java.util.Base64;
import java.util.Locale;

/**
 * Converts raw source text to the store's value types, accepting the forms Chinese government spreadsheets use
 * (full-width digits, {@code 1,234.50}, {@code ￥}, {@code 2023年1月5日}, 是/否). Values are trimmed first, including
 * full-width and no-break spaces; an empty value is null. A value that does not convert yields a problem sentence
 * that quotes it and names the expected form. Thread-safe and allocation-light: the common ISO and plain-number cases
 * are parsed char by char, without regular expressions.
 */
public final class ValueConverter {

    private static final Conversion NULL = Conversion.ok(null);
    private static final Conversion TRUE = Conversion.ok(Boolean.TRUE);
    private static final Conversion FALSE = Conversion.ok(Boolean.FALSE);
    private static final int QUOTE_LIMIT = 60;

    private ValueConverter() {}

    /**
     * @param raw  the source text; null and blank convert to null
     * @param type the column's type
     * @return the value as {@link io.yudex.data.BatchWriter#add} takes it, or the reason it cannot be converted;
     *         never null
     */
    public static Conversion convert(String raw, ColumnType type) {
        String s = trim(raw);
        if (s.isEmpty()) {
            return NULL;
        }
        return switch (type) {
            case VARCHAR -> Conversion.ok(s);
            case BIGINT -> NumberText.toLong(s);
            case DECIMAL -> NumberText.toDecimal(s);
            case DOUBLE -> NumberText.toDouble(s);
            case DATE -> DateText.toDate(s);
            case TIMESTAMP -> DateText.toTimestamp(s);
            case BOOLEAN -> toBoolean(s);
            case BLOB -> toBytes(s);
        };
    }

    /** Trims ASCII, full-width (U+3000), no-break and zero-width spaces and byte order marks; null becomes "". */
    static String trim(String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == raw.length() ? raw : raw.substring(start, end);
    }

    private static boolean isSpace(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < '\u0080') {
            return false;
        }
        if (c > '\u3000' && c != '\uFEFF') {
            return false; // CJK text, the common case, past the last space character short of the BOM
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    private static Conversion toBoolean(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "是", "真", "true", "t", "yes", "y", "1" -> TRUE;
            case "否", "假", "false", "f", "no", "n", "0" -> FALSE;
            default -> Conversion.failed(quote(s) + " is not a yes/no value; expected 是/否, 真/假, true/false, yes/no, "
                    + "y/n or 1/0");
        };
    }

    /** Strict base64 first; line-wrapped (MIME) and URL-safe base64 are also what exporters produce. */
    private static Conversion toBytes(String s) {
        try {
            return Conversion.ok(Base64.getDecoder().decode(s));
        } catch (IllegalArgumentException strict) {
            try {
                if (s.indexOf('-') >= 0 || s.indexOf('_') >= 0) {
                    return Conversion.ok(Base64.getUrlDecoder().decode(s));
                }
                if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                    return Conversion.ok(Base64.getDecoder().decode(s.replaceAll("[\\r\\n]", "")));
                }
            } catch (IllegalArgumentException ignored) {
                // reported below like the strict failure
            }
            return Conversion.failed(quote(s) + " is not valid base64 (" + strict.getMessage() + ")");
        }
    }

    /** The value in single quotes for a problem sentence, shortened so a huge cell does not swamp the report. */
    static String quote(String s) {
        return s.length() <= QUOTE_LIMIT ? "'" + s + "'" : "'" + s.substring(0, QUOTE_LIMIT - 1) + "…'";
    }
}
