package io.yudex.rules.sql;

import io.yudex.rules.UnknownCheckException;
import io.yudex.rules.check.Check;
import io.yudex.rules.check.CodeTables;
import io.yudex.rules.check.Rule;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns {@link Rule}s into DuckDB SQL. A rule compiles to a <em>failure condition</em>: a boolean
 * expression over the row that is true exactly when {@code CheckEvaluator} would give a reason
 * (null and blank values pass every check but {@code required}, as there). {@link #failuresQuery}
 * combines them into one scan that returns each failing row with every reason.
 *
 * <p>Expressible: required, type, length, range, date-range, enum, code-table, regex (the
 * pattern must mean the same in RE2), unique, reference. Not expressible here, run in Java:
 * identifier, id-consistency (national check algorithms) and freshness (a resource fact, not a
 * row's). "Today" is the clock's date written into the SQL, so a query is reproducible.
 */
public final class DuckDbSqlCompiler {

    private final CodeTables codeTables;
    private final Clock clock;

    public DuckDbSqlCompiler(CodeTables codeTables, Clock clock) {
        this.codeTables = Objects.requireNonNull(codeTables, "codeTables");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether {@link #failureCondition} can compile this rule. */
    public boolean canCompile(Rule rule) {
        return !(rule.check() instanceof Check.Identifier || rule.check() instanceof Check.IdConsistency
                || rule.check() instanceof Check.Freshness);
    }

    /**
     * The rule's failure condition over the table aliased {@code t}, or empty if SQL cannot express it.
     *
     * @throws UnknownCheckException if a value check has no column or names an unknown code table
     */
    public Optional<String> failureCondition(Rule rule) {
        return failureCondition(rule, "t.rowid");
    }

    private Optional<String> failureCondition(Rule rule, String rowId) {
        if (!canCompile(rule)) {
            return Optional.empty();
        }
        Check check = rule.check();
        if (check instanceof Check.Unique u) {
            String key = u.columns().stream().map(c -> "t." + identifier(c)).collect(Collectors.joining(", "));
            String present = u.columns().stream().map(c -> present("t." + identifier(c))).collect(Collectors.joining(" AND "));
            return Optional.of("(" + present + " AND row_number() OVER (PARTITION BY " + key + " ORDER BY " + rowId + ") > 1)");
        }
        if (rule.column() == null) {
            throw new UnknownCheckException("Check '" + check.name() + "' needs a column");
        }
        String c = "t." + identifier(rule.column());
        if (check instanceof Check.Required) {
            return Optional.of("(" + c + " IS NULL OR trim(" + c + ") = '')");
        }
        return Optional.of("(" + present(c) + " AND " + valueFailure(check, c) + ")");
    }

    /**
     * One query over {@code table} returning every failing row ({@code t.*}, its {@code rowid}) with a
     * {@code reasons} list of {@code {column, code, severity, rule}} structs, one per failed rule, in
     * rule order ({@code rule} is the rule's index in {@code rules}). Rules SQL cannot express are
     * skipped; see {@link #canCompile}.
     *
     * @throws UnknownCheckException if no rule compiles
     */
    public String failuresQuery(String table, List<Rule> rules) {
        return "SELECT * FROM (SELECT t.rowid AS row_id, t.*, " + reasons(rules, "t.rowid") + " AS reasons FROM "
                + identifier(table) + " t) WHERE len(reasons) > 0 ORDER BY row_id";
    }

    /**
     * Like {@link #failuresQuery(String, List)} over any relation, e.g. the current row versions of a table with its
     * columns cast to text: {@code relation} is a parenthesised SELECT and {@code rowIdColumn} one of its columns that
     * identifies a row (uniqueness keeps the row with the smallest id). Returns {@code t.*} and {@code reasons}, unordered.
     *
     * @throws UnknownCheckException if no rule compiles
     */
    public String failuresQuery(String relation, String rowIdColumn, List<Rule> rules) {
        return "SELECT * FROM (SELECT t.*, " + reasons(rules, "t." + identifier(rowIdColumn)) + " AS reasons FROM "
                + relation + " t) WHERE len(reasons) > 0";
    }

    private String reasons(List<Rule> rules, String rowId) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            int index = i;
            failureCondition(rule, rowId).ifPresent(condition -> parts.add("CASE WHEN " + condition + " THEN [{'column': "
                    + literal(rule.column() == null ? columnsOf(rule.check()) : rule.column()) + ", 'code': " + literal(code(rule.check()))
                    + ", 'severity': " + literal(rule.severity().name().toLowerCase(Locale.ROOT)) + ", 'rule': " + index + "}] ELSE [] END"));
        }
        if (parts.isEmpty()) {
            throw new UnknownCheckException("None of the " + rules.size() + " rules can run in SQL");
        }
        return "flatten([" + String.join(", ", parts) + "])";
    }

    private String valueFailure(Check check, String c) {
        return switch (check) {
            case Check.TypeOf t -> switch (t.type()) {
                case CHARACTER, MEMO, BINARY -> "false";
                case NUMBER -> "NOT regexp_full_match(trim(" + c + "), '[+-]?(\\d+(\\.\\d*)?|\\.\\d+)')";
                case MONEY -> "NOT regexp_full_match(trim(" + c + "), '[+-]?(\\d+(\\.\\d{0,2})?|\\.\\d{1,2})')";
                case DATE -> "NOT " + isDate(c);
                case DATE_TIME -> "NOT (regexp_full_match(trim(" + c + "), '\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?')"
                        + " AND try_cast(replace(trim(" + c + "), 'T', ' ') AS TIMESTAMP) IS NOT NULL)";
                case LOGICAL -> "trim(" + c + ") NOT IN ('true', 'false', '1', '0', '是', '否', 'T', 'F', 'Y', 'N')";
            };
            case Check.Length l -> bounds("length(" + c + ")", l.min() == null ? null : l.min().toString(),
                    l.max() == null ? null : l.max().toString());
            case Check.NumericRange r -> "(NOT regexp_full_match(trim(" + c + "), '[+-]?(\\d+(\\.\\d*)?|\\.\\d+)') OR "
                    + bounds("CAST(trim(" + c + ") AS DECIMAL(38, 10))", decimal(r.min()), decimal(r.max())) + ")";
            case Check.DateRange d -> "(NOT " + isDate(c) + " OR " + bounds("try_cast(trim(" + c + ") AS DATE)",
                    date(d.from()), date(d.notAfterToday() ? LocalDate.now(clock) : d.to())) + ")";
            case Check.Enumeration e -> c + " NOT IN (" + literals(e.values()) + ")";
            case Check.CodeTable t -> c + " NOT IN (" + literals(codeTables.table(t.table())
                    .orElseThrow(() -> new UnknownCheckException("Unknown code table '" + t.table() + "'")).keySet().stream().sorted().toList()) + ")";
            case Check.Regex r -> "NOT regexp_full_match(" + c + ", " + literal(r.pattern()) + ")";
            case Check.Reference r -> "NOT EXISTS (SELECT 1 FROM " + identifier(r.resource()) + " ref WHERE ref." + identifier(r.column())
                    + " = " + c + ")";
            default -> throw new IllegalStateException("Not a value check: " + check.name());
        };
    }

    private static String isDate(String c) {
        return "(regexp_full_match(trim(" + c + "), '\\d{4}-\\d{2}-\\d{2}') AND try_cast(trim(" + c + ") AS DATE) IS NOT NULL)";
    }

    private static String bounds(String expression, String min, String max) {
        List<String> failures = new ArrayList<>();
        if (min != null) {
            failures.add(expression + " < " + min);
        }
        if (max != null) {
            failures.add(expression + " > " + max);
        }
        return failures.isEmpty() ? "false" : "(" + String.join(" OR ", failures) + ")";
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : "CAST(" + literal(value.toPlainString()) + " AS DECIMAL(38, 10))";
    }

    private static String date(LocalDate value) {
        return value == null ? null : "DATE " + literal(value.toString());
    }

    private static String present(String c) {
        return c + " IS NOT NULL AND trim(" + c + ") <> ''";
    }

    /** The reason code CheckEvaluator gives for this check. */
    public static String code(Check check) {
        return switch (check) {
            case Check.Required r -> "REQUIRED";
            case Check.TypeOf t -> "TYPE";
            case Check.Length l -> "LENGTH";
            case Check.NumericRange r -> "RANGE";
            case Check.DateRange d -> "DATE_RANGE";
            case Check.Enumeration e -> "ENUM";
            case Check.CodeTable c -> "CODE_TABLE";
            case Check.Regex r -> "REGEX";
            case Check.Unique u -> "UNIQUE";
            case Check.Reference r -> "REFERENCE";
            default -> throw new IllegalStateException("Not compiled: " + check.name());
        };
    }

    private static String columnsOf(Check check) {
        return check instanceof Check.Unique u ? String.join(",", u.columns()) : "";
    }

    /** A double-quoted SQL identifier. */
    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A single-quoted SQL string literal. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String literals(Collection<String> values) {
        return values.stream().map(DuckDbSqlCompiler::literal).collect(Collectors.joining(", "));
    }
}
