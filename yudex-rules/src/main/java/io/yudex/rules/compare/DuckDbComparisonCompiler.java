package io.yudex.rules.compare;

import static io.yudex.rules.sql.DuckDbSqlCompiler.identifier;
import static io.yudex.rules.sql.DuckDbSqlCompiler.literal;

import io.yudex.rules.cleaning.Transform;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Compiles a {@link Comparison} into DuckDB SQL: both sides' keys and items are normalised in one scan each and joined
 * once with a {@code FULL OUTER JOIN}. A paired item of a key found on both sides is <em>equal</em> (same normalised
 * value, or no value on either side), <em>conflicting</em> (both have a value and they differ) or <em>missing</em> on
 * one side. Rows whose key normalises to no value take no part.
 *
 * <p>A side whose join key is not its whole key (e.g. 参保信息 keyed by ID and insurance type) keeps one row per key:
 * the newest version.
 */
public final class DuckDbComparisonCompiler {

    /**
     * One side of a comparison.
     *
     * @param relation  a table name or a parenthesised SELECT exposing the comparison's columns, {@code _v_from} (the
     *                  batch that wrote the row) and {@code _seq}
     * @param keyUnique whether the join key is unique on this side (no de-duplication needed)
     */
    public record Source(String relation, boolean keyUnique) {
        public Source {
            Objects.requireNonNull(relation, "relation");
        }
    }

    private final Comparison comparison;

    public DuckDbComparisonCompiler(Comparison comparison) {
        this.comparison = Objects.requireNonNull(comparison, "comparison");
    }

    /**
     * One row: matched, only-left, only-right and conflicting-row counts, then per item (in order) its equal,
     * conflicting, missing-left and missing-right counts.
     */
    public String summaryQuery(Source left, Source right) {
        List<String> counts = new ArrayList<>(List.of("count(*) FILTER (WHERE in_l AND in_r)", "count(*) FILTER (WHERE in_l AND NOT in_r)",
                "count(*) FILTER (WHERE in_r AND NOT in_l)", "count(*) FILTER (WHERE in_l AND in_r AND (" + anyConflict() + "))"));
        for (int i = 0; i < comparison.items().size(); i++) {
            String l = "lv" + i;
            String r = "rv" + i;
            counts.add("count(*) FILTER (WHERE in_l AND in_r AND " + l + " IS NOT DISTINCT FROM " + r + ")");
            counts.add("count(*) FILTER (WHERE in_l AND in_r AND " + conflict(i) + ")");
            counts.add("count(*) FILTER (WHERE in_l AND in_r AND " + l + " IS NULL AND " + r + " IS NOT NULL)");
            counts.add("count(*) FILTER (WHERE in_l AND in_r AND " + l + " IS NOT NULL AND " + r + " IS NULL)");
        }
        return with(left, right) + "SELECT " + String.join(", ", counts) + " FROM j";
    }

    /**
     * The keys that did not match cleanly, ordered by kind then key: {@code k} (normalised key), {@code kind}
     * ({@code CONFLICT}, {@code ONLY_LEFT}, {@code ONLY_RIGHT}), {@code lk}, {@code rk} (the keys as stored),
     * {@code lb}, {@code rb} (the batches that wrote the rows), then per item {@code c<i>} (conflicting?),
     * {@code lr<i>}, {@code rr<i>} (the values as stored, as text).
     */
    public String rowsQuery(Source left, Source right) {
        List<String> columns = new ArrayList<>(List.of("k", "CASE WHEN in_l AND in_r THEN 'CONFLICT' WHEN in_l THEN 'ONLY_LEFT' ELSE 'ONLY_RIGHT' END AS kind",
                "lk", "rk", "lb", "rb"));
        for (int i = 0; i < comparison.items().size(); i++) {
            columns.add("coalesce(" + conflict(i) + ", false) AS c" + i);
            columns.add("lr" + i);
            columns.add("rr" + i);
        }
        return with(left, right) + "SELECT " + String.join(", ", columns) + " FROM j WHERE NOT (in_l AND in_r) OR " + anyConflict()
                + " ORDER BY kind, k";
    }

    /** The comparison of one normalised key (at most one row), as {@link #rowsQuery} plus kind {@code MATCHED}; two parameters, both the normalised key. */
    public String keyQuery(Source left, Source right) {
        List<String> columns = new ArrayList<>(List.of("k", "CASE WHEN in_l AND in_r THEN CASE WHEN " + anyConflict()
                + " THEN 'CONFLICT' ELSE 'MATCHED' END WHEN in_l THEN 'ONLY_LEFT' ELSE 'ONLY_RIGHT' END AS kind", "lk", "rk", "lb", "rb"));
        for (int i = 0; i < comparison.items().size(); i++) {
            columns.add("coalesce(" + conflict(i) + ", false) AS c" + i);
            columns.add("lr" + i);
            columns.add("rr" + i);
        }
        return with(left, right, "WHERE k = ?") + "SELECT " + String.join(", ", columns) + " FROM j";
    }

    /** The SQL expression normalising {@code expression} (text) as {@code normalisations} do, blank → NULL. */
    public static String normalise(List<Normalisation> normalisations, String expression) {
        String e = expression;
        for (Normalisation n : normalisations) {
            e = sql(n, e);
        }
        return "nullif(" + e + ", '')";
    }

    private String with(Source left, Source right) {
        return with(left, right, "WHERE k IS NOT NULL");
    }

    /** The CTEs {@code l}, {@code r} (normalised sides, a parameter per side if {@code where} has one) and {@code j}. */
    private String with(Source left, Source right, String where) {
        List<String> joined = new ArrayList<>(List.of("coalesce(l.k, r.k) AS k", "l.k IS NOT NULL AS in_l", "r.k IS NOT NULL AS in_r",
                "l.rawk AS lk", "r.rawk AS rk", "l.b AS lb", "r.b AS rb"));
        for (int i = 0; i < comparison.items().size(); i++) {
            joined.add("l.v" + i + " AS lv" + i);
            joined.add("r.v" + i + " AS rv" + i);
            joined.add("l.r" + i + " AS lr" + i);
            joined.add("r.r" + i + " AS rr" + i);
        }
        return "WITH l AS (" + side(left, comparison.leftKey(), true, where) + "), r AS (" + side(right, comparison.rightKey(), false, where)
                + "), j AS (SELECT " + String.join(", ", joined) + " FROM l FULL OUTER JOIN r ON l.k = r.k) ";
    }

    /**
     * One side, normalised in stages: each stage applies one normalisation to each column that has one left, as
     * {@code SELECT * REPLACE (…)} over the stage before, so a value is read once per normalisation (nesting the
     * expressions instead repeats the inner ones at every level: three normalisations cost 27 evaluations).
     */
    private String side(Source source, String key, boolean left, String where) {
        List<String> columns = new ArrayList<>();
        String rawKey = text(identifier(key));
        columns.add(rawKey + " AS k");
        columns.add(rawKey + " AS rawk");
        columns.add("_v_from AS b");
        columns.add("_seq AS s");
        int depth = comparison.keyNormalisations().size();
        for (int i = 0; i < comparison.items().size(); i++) {
            Comparison.Item item = comparison.items().get(i);
            String raw = text(identifier(left ? item.left() : item.right()));
            columns.add(raw + " AS v" + i);
            columns.add(raw + " AS r" + i);
            depth = Math.max(depth, item.normalisations().size());
        }
        guard(comparison.keyNormalisations(), rawKey, "k").ifPresent(columns::add);
        for (int i = 0; i < comparison.items().size(); i++) {
            Comparison.Item item = comparison.items().get(i);
            guard(item.normalisations(), text(identifier(left ? item.left() : item.right())), "v" + i).ifPresent(columns::add);
        }
        String relation = "SELECT " + String.join(", ", columns) + " FROM " + source.relation();
        for (int stage = 0; stage <= depth; stage++) {
            List<String> replaced = new ArrayList<>();
            replaced.add(step(comparison.keyNormalisations(), stage, "k"));
            for (int i = 0; i < comparison.items().size(); i++) {
                replaced.add(step(comparison.items().get(i).normalisations(), stage, "v" + i));
            }
            replaced.removeIf(java.util.Objects::isNull);
            if (!replaced.isEmpty()) {
                relation = "SELECT * REPLACE (" + String.join(", ", replaced) + ") FROM (" + relation + ")";
            }
        }
        String newest = source.keyUnique() ? "" : " QUALIFY row_number() OVER (PARTITION BY k ORDER BY b DESC, s DESC) = 1";
        return "SELECT * FROM (" + relation + ") " + where + newest;
    }

    /**
     * For a chain of two or more normalisations that each rewrite only values matching a pattern (trim, half-width, upper,
     * no-spaces), the column {@code g_<column>}: whether the raw value matches any of the patterns. A value that matches
     * none is left alone by every step (each step sees it unchanged), so one regex decides for the whole chain instead of
     * one per step; {@link #step} reads it.
     */
    private static java.util.Optional<String> guard(List<Normalisation> normalisations, String raw, String column) {
        if (normalisations.size() < 2 || !normalisations.stream().allMatch(n -> guardPattern(n) != null)) {
            return java.util.Optional.empty();
        }
        String union = normalisations.stream().map(n -> "(?:" + guardPattern(n) + ")").distinct().collect(Collectors.joining("|"));
        return java.util.Optional.of("coalesce(regexp_matches(" + raw + ", " + literal(union) + "), false) AS g_" + column);
    }

    /** The pattern a value must match for the normalisation to change it; null if it has no such guard. */
    private static String guardPattern(Normalisation n) {
        return switch (n) {
            case Normalisation.Trim t -> "[\\t\\n\\f\\r\\x{3000}]|^ | $|  ";
            case Normalisation.HalfWidth h -> "[\\x{FF01}-\\x{FF5E}\\x{3000}]";
            case Normalisation.Upper u -> "[a-z]";
            case Normalisation.NoSpaces x -> WHITE;
            default -> null;
        };
    }

    /** The column's expression at {@code stage}: its normalisation of that rank, or blank → NULL after the last; null if none. */
    private static String step(List<Normalisation> normalisations, int stage, String column) {
        if (stage < normalisations.size()) {
            String expression = sql(normalisations.get(stage), column);
            if (guard(normalisations, column, column).isPresent()) {
                expression = "CASE WHEN g_" + column + " THEN " + expression + " ELSE " + column + " END";
            }
            return expression + " AS " + column;
        }
        return stage == normalisations.size() ? "nullif(" + column + ", '') AS " + column : null;
    }

    private String conflict(int i) {
        return "(lv" + i + " IS NOT NULL AND rv" + i + " IS NOT NULL AND lv" + i + " <> rv" + i + ")";
    }

    private String anyConflict() {
        List<String> any = new ArrayList<>();
        for (int i = 0; i < comparison.items().size(); i++) {
            any.add(conflict(i));
        }
        return String.join(" OR ", any);
    }

    private static String text(String column) {
        return "CAST(" + column + " AS VARCHAR)";
    }

    private static final String WHITE = "[\\t\\n\\f\\r \\x{3000}]";

    private static String sql(Normalisation n, String e) {
        return switch (n) {
            // Each rewrite is guarded by one cheap match, so the common value that needs none costs one regex (translate
            // in DuckDB is ~25 µs a value: 10 M keys would spend minutes in it).
            case Normalisation.Trim t -> "CASE WHEN regexp_matches(" + e + ", '[\\t\\n\\f\\r\\x{3000}]|^ | $|  ') THEN regexp_replace(regexp_replace("
                    + e + ", '^" + WHITE + "+|" + WHITE + "+$', '', 'g'), '" + WHITE + "+', ' ', 'g') ELSE " + e + " END";
            case Normalisation.HalfWidth h -> "CASE WHEN regexp_matches(" + e + ", '[\\x{FF01}-\\x{FF5E}\\x{3000}]') THEN translate(" + e + ", "
                    + literal(FULL_WIDTH) + ", " + literal(HALF_WIDTH) + ") ELSE " + e + " END";
            case Normalisation.Upper u -> "CASE WHEN regexp_matches(" + e + ", '[a-z]') THEN translate(" + e
                    + ", 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') ELSE " + e + " END";
            case Normalisation.NoSpaces s -> "CASE WHEN regexp_matches(" + e + ", '" + WHITE + "') THEN regexp_replace(" + e + ", '" + WHITE
                    + "', '', 'g') ELSE " + e + " END";
            case Normalisation.UnifyDate d -> unifyDate(e);
            case Normalisation.NullLikes x -> "CASE WHEN " + stripped(e) + " = '' OR upper(" + stripped(e) + ") IN (" + nullLikes() + ") OR "
                    + stripped(e) + " IN (" + nullLikes() + ") THEN NULL ELSE " + e + " END";
            case Normalisation.Prefix p -> "left(" + e + ", " + p.length() + ")";
        };
    }

    private static String stripped(String e) {
        return "regexp_replace(" + e + ", '^" + WHITE + "+|" + WHITE + "+$', '', 'g')";
    }

    private static String nullLikes() {
        return Transform.NullLikes.DEFAULT.stream().sorted().map(s -> literal(s)).collect(Collectors.joining(", "));
    }

    /** As {@code Transforms.unifyDate}: a whole-value match of the date shapes, kept as written if the day does not exist. */
    private static String unifyDate(String e) {
        String pattern = "(\\d{4})[\\t\\n\\f\\r ]*(?:[-/.年][\\t\\n\\f\\r ]*(\\d{1,2})[\\t\\n\\f\\r ]*[-/.月][\\t\\n\\f\\r ]*(\\d{1,2})[\\t\\n\\f\\r ]*日?|(\\d{2})(\\d{2}))";
        String s = stripped(e);
        String p = literal(pattern);
        String y = "CAST(regexp_extract(" + s + ", " + p + ", 1) AS INTEGER)";
        String m = "CAST(coalesce(nullif(regexp_extract(" + s + ", " + p + ", 2), ''), regexp_extract(" + s + ", " + p + ", 4)) AS INTEGER)";
        String d = "CAST(coalesce(nullif(regexp_extract(" + s + ", " + p + ", 3), ''), regexp_extract(" + s + ", " + p + ", 5)) AS INTEGER)";
        // An ISO date stays as written whether or not the day exists: the common case skips the extraction.
        return "CASE WHEN regexp_full_match(" + e + ", '\\d{4}-\\d{2}-\\d{2}') THEN " + e + " WHEN regexp_full_match(" + s + ", " + p + ") THEN coalesce(CAST(try_cast(printf('%04d-%02d-%02d', " + y + ", " + m + ", "
                + d + ") AS DATE) AS VARCHAR), " + e + ") ELSE " + e + " END";
    }

    private static final String FULL_WIDTH;
    private static final String HALF_WIDTH;

    static {
        StringBuilder full = new StringBuilder();
        StringBuilder half = new StringBuilder();
        for (char c = 0xFF01; c <= 0xFF5E; c++) {
            full.append(c);
            half.append((char) (c - 0xFEE0));
        }
        full.append('\u3000');
        half.append(' ');
        FULL_WIDTH = full.toString();
        HALF_WIDTH = half.toString();
    }
}
