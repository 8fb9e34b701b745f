package io.yudex.data;

import io.yudex.standards.masking.MaskingRule;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Masking rules as SQL of the data store, so that its own writer turns out masked files without the rows passing
 * through the JVM's heap one by one. Rules SQL can state exactly (keep, nullify, a date's year, the partial rules on
 * code points) become SQL; the others (keyed pseudonyms, Ranger's MASK, generalised divisions and addresses) call the
 * rule's own Java code through a {@link TextFunction}, in the store's worker threads. Either way a value comes out as
 * {@link MaskingRule#apply} makes it of the value's text. Close it once the statements using it have run.
 */
public final class MaskedSql implements AutoCloseable {

    private final DataStore store;
    private final List<TextFunction> opened = new ArrayList<>();
    private TextFunction javaText;
    private TextFunction plainDecimal;
    private TextFunction plainDouble;

    public MaskedSql(DataStore store) {
        this.store = store;
    }

    /**
     * The text of a column's value as Java prints it (what the query API masks): {@code Long}, {@code LocalDate},
     * {@code Boolean} and {@code LocalDateTime} {@code toString()}, a decimal with its scale, a double as
     * {@code Double.toString}.
     *
     * @param column a quoted column (or any SQL expression) of type {@code type}
     */
    public String text(String column, ColumnType type) {
        return switch (type) {
            case VARCHAR -> column;
            case BIGINT, BOOLEAN, DATE -> "CAST(" + column + " AS VARCHAR)";
            // the serving store keeps decimals at scale 10, and the query path masks their text
            case DECIMAL -> "CAST(CAST(" + column + " AS DECIMAL(38,10)) AS VARCHAR)";
            case DOUBLE, TIMESTAMP -> (javaText = once(javaText, MaskedSql::javaText)).call("CAST(" + column + " AS VARCHAR)");
            case BLOB -> "CAST(NULL AS VARCHAR)";
        };
    }

    /** As {@link #text}, but numbers as plain text without trailing zeros ({@code 12.50} → {@code 12.5}), as downloads print them. */
    public String plainText(String column, ColumnType type) {
        return switch (type) {
            case DECIMAL -> (plainDecimal = once(plainDecimal, MaskedSql::plainDecimal)).call("CAST(" + column + " AS VARCHAR)");
            case DOUBLE -> (plainDouble = once(plainDouble, MaskedSql::plainDouble)).call("CAST(" + column + " AS VARCHAR)");
            default -> text(column, type);
        };
    }

    /**
     * The masked value of a column as text, or null where the rule gives null.
     *
     * @param text the column's text ({@link #text} or {@link #plainText}), evaluated once or several times
     * @param rule the rule; null keeps the text
     */
    public String masked(String column, ColumnType type, String text, MaskingRule rule) {
        return switch (rule) {
            case null -> text;
            case MaskingRule.Nullify n -> "CAST(NULL AS VARCHAR)";
            case MaskingRule.DateShowYear d when type == ColumnType.DATE || type == ColumnType.TIMESTAMP -> "CAST(year(" + column + ") AS VARCHAR)";
            case MaskingRule.MaskShowFirstLast m -> keepEnds(text, m.first(), m.last());
            case MaskingRule.ShowFirst f -> keepEnds(text, f.count(), 0);
            case MaskingRule.ShowLast l -> keepEnds(text, 0, l.count());
            case MaskingRule.Hash h -> function(h.forManyValues()).call(text);
            default -> function(rule::apply).call(text);
        };
    }

    /** {@code CodePoints.keepEnds}: ends shown, the middle starred, all starred when nothing would be hidden. */
    static String keepEnds(String text, int first, int last) {
        return "(CASE WHEN length(" + text + ") <= " + (first + last) + " THEN repeat('*', length(" + text + ")) ELSE substring(" + text
                + ", 1, " + first + ") || repeat('*', length(" + text + ") - " + (first + last) + ") || substring(" + text + ", length(" + text
                + ") - " + (last - 1) + ", " + last + ") END)";
    }

    private TextFunction once(TextFunction existing, UnaryOperator<String> f) {
        return existing != null ? existing : function(f);
    }

    /** DuckDB's text of a double or timestamp → Java's: {@code 1e+20} → {@code 1.0E20}, {@code 2026-01-31 08:30:00} → {@code 2026-01-31T08:30}. */
    static String javaText(String duck) {
        if (duck.length() >= 19 && duck.charAt(4) == '-' && duck.charAt(10) == ' ') {
            return LocalDateTime.parse(duck.replace(' ', 'T')).toString();
        }
        return switch (duck) {
            case "inf", "infinity" -> "Infinity";
            case "-inf", "-infinity" -> "-Infinity";
            case "nan", "-nan" -> "NaN";
            default -> Double.toString(Double.parseDouble(duck));
        };
    }

    /** A decimal's text, plain and without trailing zeros ({@code ReleaseData.text}). */
    static String plainDecimal(String duck) {
        return new BigDecimal(duck).stripTrailingZeros().toPlainString();
    }

    /** A double's text as {@code ReleaseData.text} prints it: through {@code BigDecimal.valueOf}, plain, no trailing zeros. */
    static String plainDouble(String duck) {
        double d = Double.parseDouble(javaText(duck));
        return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : Double.toString(d);
    }

    private TextFunction function(UnaryOperator<String> f) {
        TextFunction fn = store.textFunction(f);
        opened.add(fn);
        return fn;
    }

    @Override
    public void close() {
        opened.forEach(TextFunction::close);
        opened.clear();
    }
}
