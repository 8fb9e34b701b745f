package io.yudex.ingest.pull;

import java.util.regex.Pattern;

/**
 * The SQL a pull runs on the source. Table and column names are checked against a plain identifier pattern (they
 * are spliced into SQL); a query is checked to be one SELECT, and runs on a read-only connection anyway.
 */
final class PullQuery {

    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,63}");
    static final Pattern TABLE = Pattern.compile(IDENTIFIER.pattern() + "(\\." + IDENTIFIER.pattern() + "){0,2}");
    private static final Pattern SELECT = Pattern.compile("(?is)^\\s*(select|with)\\b.*");

    private PullQuery() {}

    /** The SQL of a run; with {@code afterWatermark}, one {@code ?} takes the previous watermark. */
    static String sql(PullDefinition pull, boolean afterWatermark) {
        String base = pull.table() != null ? "SELECT * FROM " + pull.table() : stripSemicolon(pull.query());
        if (!afterWatermark) {
            return base;
        }
        String comparison = pull.incremental() == Incremental.TIMESTAMP ? " >= ?" : " > ?";
        return pull.table() != null
                ? base + " WHERE " + pull.incrementalColumn() + comparison
                : "SELECT * FROM (" + base + ") yudex_source WHERE yudex_source." + pull.incrementalColumn() + comparison;
    }

    /** Null when the query is acceptable, else why not. */
    static String problemWithQuery(String query) {
        String q = stripSemicolon(query);
        if (!SELECT.matcher(q).matches()) {
            return "must be a single SELECT (or WITH … SELECT) statement";
        }
        if (q.indexOf(';') >= 0) {
            return "must be a single statement, without ';' inside";
        }
        return null;
    }

    static String stripSemicolon(String query) {
        String q = query.strip();
        return q.endsWith(";") ? q.substring(0, q.length() - 1).strip() : q;
    }
}
