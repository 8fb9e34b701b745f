package io.yudex.rules.sql;

import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * SQL text for what {@code IdentifierText}, {@code PhoneText} and {@code String.length()} do in Java, so compiled
 * identifier checks see the very string the Java checks see. Every expression maps NULL to NULL. The costly ones
 * (regex replace, {@code translate}) are guarded by one match, so a value that needs nothing costs a regex.
 */
final class SqlText {

    /** The characters {@code Character.isWhitespace} accepts, as an RE2 class (what {@code String.strip()} removes). */
    static final String JAVA_WHITE = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x{1680}\\x{2000}-\\x{2006}\\x{2008}-\\x{200A}\\x{2028}\\x{2029}\\x{205F}\\x{3000}]";

    private static final String SUPPLEMENTARY = "[\\x{10000}-\\x{10FFFF}]";
    private static final String FOLD_FROM;
    private static final String FOLD_TO;

    static {
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        for (char c = 0xFF01; c <= 0xFF5E; c++) {
            char ascii = (char) (c - 0xFEE0);
            from.append(c);
            to.append(ascii >= 'a' && ascii <= 'z' ? (char) (ascii - 32) : ascii);
        }
        for (char c = 'a'; c <= 'z'; c++) {
            from.append(c);
            to.append((char) (c - 32));
        }
        FOLD_FROM = from.toString();
        FOLD_TO = to.toString();
    }

    private SqlText() {}

    /** Whether {@code e} is empty or only Java white space ({@code String.isBlank()}). */
    static String blank(String e) {
        return "regexp_full_match(" + e + ", '" + JAVA_WHITE + "*')";
    }

    /** {@code String.strip()}. */
    static String strip(String e) {
        return "CASE WHEN regexp_matches(" + e + ", '^" + JAVA_WHITE + "|" + JAVA_WHITE + "$') THEN regexp_replace(" + e + ", '^" + JAVA_WHITE
                + "+|" + JAVA_WHITE + "+$', '', 'g') ELSE " + e + " END";
    }

    /**
     * {@code IdentifierText.normalise} as steps, each over the previous one's result (a column, so no step repeats
     * another): strip, full-width ASCII forms folded and ASCII letters upper-cased, then every character outside the BMP
     * written as two U+FFFD, so that {@code length} and positions count UTF-16 units as Java does (no check accepts
     * either character).
     */
    static List<UnaryOperator<String>> normalise() {
        return List.of(SqlText::strip, SqlText::fold, SqlText::utf16);
    }

    /** Full-width ASCII forms to ASCII, ASCII letters (also folded ones) to upper case. */
    static String fold(String e) {
        return "CASE WHEN regexp_matches(" + e + ", '[a-z\\x{FF01}-\\x{FF5E}]') THEN translate(" + e + ", " + DuckDbSqlCompiler.literal(FOLD_FROM)
                + ", " + DuckDbSqlCompiler.literal(FOLD_TO) + ") ELSE " + e + " END";
    }

    /** Characters outside the BMP as two U+FFFD each, so {@code length} is Java's {@code String.length()}. */
    static String utf16(String e) {
        return "CASE WHEN regexp_matches(" + e + ", '" + SUPPLEMENTARY + "') THEN regexp_replace(" + e + ", '" + SUPPLEMENTARY
                + "', '\uFFFD\uFFFD', 'g') ELSE " + e + " END";
    }

    /** {@code PhoneText.compact} as steps over a normalised value: separators dropped, then {@code +86}/{@code 0086} to {@code 86}. */
    static List<UnaryOperator<String>> compact() {
        return List.of(e -> "regexp_replace(" + e + ", '[ \\-().\\x{3000}]', '', 'g')",
                e -> "CASE WHEN starts_with(" + e + ", '+86') THEN substr(" + e + ", 2) WHEN starts_with(" + e + ", '0086') THEN substr(" + e
                        + ", 3) ELSE " + e + " END");
    }

    /** Whether {@code e} is only ASCII digits (true for the empty string, as Java's loops are). */
    static String digits(String e) {
        return "regexp_full_match(" + e + ", '[0-9]*')";
    }

    /** {@code substr} with Java's zero-based, end-exclusive bounds. */
    static String part(String e, int from, int to) {
        return "substr(" + e + ", " + (from + 1) + ", " + (to - from) + ")";
    }

    static String in(String e, Collection<String> values) {
        return e + " IN (" + values.stream().sorted().map(DuckDbSqlCompiler::literal).collect(Collectors.joining(", ")) + ")";
    }

    static String inIntegers(String e, Collection<Integer> values) {
        return e + " IN (" + values.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }
}
