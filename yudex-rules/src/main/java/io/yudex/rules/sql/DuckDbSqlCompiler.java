package io.yudex.rules.sql;

import io.yudex.rules.IdentifierChecks;
import io.yudex.rules.IdentifierType;
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
import java.util.Map;
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
 * pattern must mean the same in RE2), unique, reference, the national identifier checks (every
 * reason code and severity the Java check gives, see {@code IdentifierSql}; not the GB/T 36904
 * e-licence identifier) and id-consistency. Not expressible here, run in Java: e-licence
 * identifiers and freshness (a resource fact, not a row's). "Today" is the clock's date written
 * into the SQL, so a query is reproducible.
 *
 * <p>The failures query reads the relation once for the value checks (plus one grouped read of
 * the key for each uniqueness rule): every rule first contributes a cheap test that passes the
 * common valid row, only the rows some test flags go on to normalisation and to the per-reason
 * conditions, and the reasons list is built for those rows only.
 */
public final class DuckDbSqlCompiler {

    private final CodeTables codeTables;
    private final Clock clock;
    private final IdentifierChecks identifiers;

    /** Identifier checks as {@link IdentifierChecks#standard}: the shipped division table, unknown citizen-ID addresses warn. */
    public DuckDbSqlCompiler(CodeTables codeTables, Clock clock) {
        this(codeTables, clock, IdentifierChecks.standard(clock));
    }

    /** @param identifiers the Java checks whose meaning the compiled identifier checks must have (division table, strictness) */
    public DuckDbSqlCompiler(CodeTables codeTables, Clock clock, IdentifierChecks identifiers) {
        this.codeTables = Objects.requireNonNull(codeTables, "codeTables");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
    }

    /** Whether {@link #failuresQuery} can run this rule. */
    public boolean canCompile(Rule rule) {
        return switch (rule.check()) {
            case Check.Freshness f -> false;
            case Check.Identifier i -> IdentifierSql.compiles(IdentifierType.fromApiName(i.type()).orElseThrow());
            default -> true;
        };
    }

    /**
     * The rule's failure condition over the table aliased {@code t} (uniqueness by {@code t.rowid}), or empty if the rule
     * is not a single-condition check (identifiers and id-consistency give several reasons: use {@link #failuresQuery}).
     *
     * @throws UnknownCheckException if a value check has no column or names an unknown code table
     */
    public Optional<String> failureCondition(Rule rule) {
        if (!canCompile(rule) || rule.check() instanceof Check.Identifier || rule.check() instanceof Check.IdConsistency) {
            return Optional.empty();
        }
        Check check = rule.check();
        if (check instanceof Check.Unique u) {
            String key = u.columns().stream().map(c -> "t." + identifier(c)).collect(Collectors.joining(", "));
            String present = u.columns().stream().map(c -> present("t." + identifier(c))).collect(Collectors.joining(" AND "));
            return Optional.of("(" + present + " AND row_number() OVER (PARTITION BY " + key + " ORDER BY t.rowid) > 1)");
        }
        return Optional.of(valueCondition(rule));
    }

    private String valueCondition(Rule rule) {
        Check check = rule.check();
        if (rule.column() == null) {
            throw new UnknownCheckException("Check '" + check.name() + "' needs a column");
        }
        String c = "t." + identifier(rule.column());
        if (check instanceof Check.Required) {
            return "(" + c + " IS NULL OR trim(" + c + ") = '')";
        }
        return "(" + present(c) + " AND " + valueFailure(check, c) + ")";
    }

    /**
     * One query over {@code table} returning every failing row ({@code row_id} = its {@code rowid}, then {@code t.*}) with a
     * {@code reasons} list of {@code {column, code, severity, rule}} structs, every reason of every failed rule, in
     * rule order ({@code rule} is the rule's index in {@code rules}). Rules SQL cannot express are
     * skipped; see {@link #canCompile}.
     *
     * @throws UnknownCheckException if no rule compiles
     */
    public String failuresQuery(String table, List<Rule> rules) {
        return failuresQuery("(SELECT rowid AS row_id, * FROM " + identifier(table) + ")", "row_id", rules) + " ORDER BY row_id";
    }

    /**
     * Like {@link #failuresQuery(String, List)} over any relation, e.g. the current row versions of a table with its
     * columns cast to text: {@code relation} is a parenthesised SELECT and {@code rowIdColumn} one of its columns that
     * identifies a row (uniqueness keeps the row with the smallest id). Returns {@code t.*} and {@code reasons}, unordered.
     *
     * @throws UnknownCheckException if no rule compiles
     */
    public String failuresQuery(String relation, String rowIdColumn, List<Rule> rules) {
        List<Compiled> parts = new ArrayList<>();
        IdentifierSql ids = new IdentifierSql(identifiers.registry(), identifiers.requiresKnownAddress(), LocalDate.now(clock));
        for (int i = 0; i < rules.size(); i++) {
            if (canCompile(rules.get(i))) {
                parts.add(compile(rules.get(i), i, "t." + identifier(rowIdColumn), ids));
            }
        }
        if (parts.isEmpty()) {
            throw new UnknownCheckException("None of the " + rules.size() + " rules can run in SQL");
        }
        // 1. uniqueness: the first row id of each repeated key, joined on
        String from = relation + " t";
        for (Compiled p : parts) {
            if (p.rule().check() instanceof Check.Unique u) {
                String alias = "u" + p.index();
                String keys = u.columns().stream().map(DuckDbSqlCompiler::identifier).collect(Collectors.joining(", "));
                String present = u.columns().stream().map(c -> present(identifier(c))).collect(Collectors.joining(" AND "));
                String on = u.columns().stream().map(c -> "t." + identifier(c) + " = " + alias + "." + identifier(c)).collect(Collectors.joining(" AND "));
                from = "(SELECT t.*, " + alias + "._first AS _u" + p.index() + " FROM " + from + " LEFT JOIN (SELECT " + keys + ", min("
                        + identifier(rowIdColumn) + ") AS _first FROM " + relation + " d WHERE " + present + " GROUP BY " + keys
                        + " HAVING count(*) > 1) " + alias + " ON " + on + ") t";
            }
        }
        // 1b. the division table, joined on the part of an identifier whose fast test needs it
        for (Compiled p : parts) {
            if (p.lookup() != null) {
                String alias = "j" + p.index();
                from = "(SELECT t.*, " + alias + ".code IS NOT NULL AS _j" + p.index() + " FROM " + from + " LEFT JOIN " + ids.divisionTable() + " "
                        + alias + " ON " + alias + ".code = " + p.lookup() + ") t";
            }
        }
        // 1c. what a fast test reads several times, computed once per row
        List<String> inputs = parts.stream().filter(p -> p.fastInput() != null).map(p -> p.fastInput() + " AS _p" + p.index()).toList();
        if (!inputs.isEmpty()) {
            from = "(SELECT t.*, " + String.join(", ", inputs) + " FROM " + from + ") t";
        }
        // 2. the rows some rule's cheap test flags
        String candidates = "SELECT t.* FROM " + from + " WHERE " + parts.stream().map(p -> "(" + p.test() + ")").collect(Collectors.joining(" OR "));
        // 3. per rule its flag, then its helper columns, stage by stage
        List<String> helpers = new ArrayList<>();
        String staged = "SELECT t.*, " + parts.stream().map(p -> "(" + p.test() + ") AS _m" + p.index()).collect(Collectors.joining(", ")) + " FROM ("
                + candidates + ") t";
        parts.forEach(p -> helpers.add("_m" + p.index()));
        int depth = parts.stream().mapToInt(p -> p.stages().size()).max().orElse(0);
        for (int stage = 0; stage < depth; stage++) {
            List<String> added = new ArrayList<>();
            List<String> replaced = new ArrayList<>();
            for (Compiled p : parts) {
                if (stage < p.stages().size()) {
                    Helper h = p.stages().get(stage);
                    String column = "CASE WHEN t._m" + p.index() + " THEN " + h.expression() + " END AS " + h.name();
                    if (helpers.contains(h.name())) {
                        replaced.add(column);
                    } else {
                        added.add(column);
                        helpers.add(h.name());
                    }
                }
            }
            staged = "SELECT t.*" + (replaced.isEmpty() ? "" : " REPLACE (" + String.join(", ", replaced) + ")")
                    + (added.isEmpty() ? "" : ", " + String.join(", ", added)) + " FROM (" + staged + ") t";
        }
        parts.stream().filter(p -> p.rule().check() instanceof Check.Unique).forEach(p -> helpers.add("_u" + p.index()));
        parts.stream().filter(p -> p.lookup() != null).forEach(p -> helpers.add("_j" + p.index()));
        parts.stream().filter(p -> p.fastInput() != null).forEach(p -> helpers.add("_p" + p.index()));
        String reasons = "flatten([" + parts.stream().map(p -> "CASE WHEN t._m" + p.index() + " THEN " + p.reasons() + " ELSE [] END")
                .collect(Collectors.joining(", ")) + "])";
        return "SELECT * EXCLUDE (" + String.join(", ", helpers) + ") FROM (SELECT t.*, " + reasons + " AS reasons FROM (" + staged
                + ") t) WHERE len(reasons) > 0";
    }

    /**
     * {@link #failuresQuery(String, String, List)} with one row per reason: {@code columns} of the failing row (names of
     * the relation's columns), then {@code reason_column}, {@code reason_code}, {@code reason_severity} and
     * {@code reason_rule}, a row's reasons in rule order. Use this rather than a lateral {@code unnest} of the reasons
     * list: DuckDB plans that by copying the whole failures query into the join, which on the identifier checks costs
     * gigabytes of memory.
     *
     * @throws UnknownCheckException if no rule compiles
     */
    public String reasonsQuery(String relation, String rowIdColumn, List<Rule> rules, List<String> columns) {
        String selected = columns.stream().map(DuckDbSqlCompiler::identifier).collect(Collectors.joining(", "));
        return "SELECT " + selected + ", struct_extract(_r, 'column') AS reason_column, struct_extract(_r, 'code') AS reason_code, "
                + "struct_extract(_r, 'severity') AS reason_severity, struct_extract(_r, 'rule') AS reason_rule FROM (SELECT " + selected
                + ", unnest(reasons) AS _r FROM (" + failuresQuery(relation, rowIdColumn, rules) + "))";
    }

    /**
     * One rule in the failures query: {@code test} is true for every row it fails (and may be for some it passes), over
     * {@code t.*}; {@code stages} are helper columns computed in order for the rows the test flags; {@code reasons} is the
     * list of reason structs over {@code t.*} and the helpers.
     */
    private record Compiled(Rule rule, int index, String test, List<Helper> stages, String reasons, String lookup, String fastInput) {
        Compiled(Rule rule, int index, String test, List<Helper> stages, String reasons) {
            this(rule, index, test, stages, reasons, null, null);
        }
    }

    /** A helper column of the failures query; a later helper of the same name replaces it. */
    private record Helper(String name, String expression) {}

    private Compiled compile(Rule rule, int index, String rowId, IdentifierSql ids) {
        Check check = rule.check();
        String severity = rule.severity().name().toLowerCase(Locale.ROOT);
        if (check instanceof Check.Unique u) {
            String test = "(t._u" + index + " IS NOT NULL AND " + rowId + " > t._u" + index + ")";
            return new Compiled(rule, index, test, List.of(), "[" + reason(columnsOf(check), "UNIQUE", literal(severity), index) + "]");
        }
        if (check instanceof Check.Identifier i) {
            IdentifierType type = IdentifierType.fromApiName(i.type()).orElseThrow();
            String c = column(rule);
            String lookup = ids.divisionPart(type, c).orElse(null);
            String test = "(" + c + " IS NOT NULL AND NOT (" + ids.fast(type, c, "t._j" + index, "t._p" + index) + "))";
            List<Helper> stages = normalised(type, c, index, ids);
            return new Compiled(rule, index, test, stages, identifierReasons(ids.reasons(type, "t._n" + index, "t._k" + index, h -> "t._" + h + index), "t._n" + index,
                    rule.column(), severity, index), lookup, ids.fastInput(type, c).orElse(null));
        }
        if (check instanceof Check.IdConsistency ic) {
            return idConsistency(rule, ic, index, severity, ids);
        }
        return new Compiled(rule, index, valueCondition(rule), List.of(), "[" + reason(rule.column(), code(check), literal(severity), index) + "]");
    }

    private static String identifierReasons(List<IdentifierSql.Hit> hits, String n, String column, String severity, int index) {
        String lowered = literal(severity);
        String list = hits.stream().map(h -> "CASE WHEN coalesce(" + h.condition() + ", false) THEN [" + reason(column, h.code(), h.warning() ? "'warning'" : lowered, index)
                + "] ELSE [] END").collect(Collectors.joining(", "));
        return "CASE WHEN " + n + " IS NULL THEN [] WHEN " + n + " = '' THEN [" + reason(column, "EMPTY", lowered, index) + "] ELSE flatten([" + list
                + "]) END";
    }

    /** ID birth date and sex against their columns, for IDs that pass the citizen-ID check (as CheckEvaluator). */
    private Compiled idConsistency(Rule rule, Check.IdConsistency ic, int index, String severity, IdentifierSql ids) {
        String id = "t." + identifier(ic.id());
        String birth = ic.birthDate() == null ? null : "t." + identifier(ic.birthDate());
        String sex = ic.sex() == null ? null : "t." + identifier(ic.sex());
        String n = "_n" + index;
        String d = "_d" + index;
        List<String> mismatch = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (birth != null) {
            mismatch.add("(" + birth + " IS NOT NULL AND " + birth + " <> " + isoBirth(id) + ")");
            reasons.add("CASE WHEN " + birth + " IS NOT NULL AND NOT " + SqlText.blank(birth) + " AND " + SqlText.strip(birth) + " IS DISTINCT FROM "
                    + isoBirth("t." + d) + " THEN [" + reason(ic.birthDate(), "ID_BIRTH_DATE", literal(severity), index) + "] ELSE [] END");
        }
        if (sex != null) {
            mismatch.add("(" + sex + " IS NOT NULL AND " + sex + " <> " + sexCode(id) + ")");
            reasons.add("CASE WHEN " + sex + " IS NOT NULL AND NOT " + SqlText.blank(sex) + " AND " + SqlText.strip(sex) + " IS DISTINCT FROM "
                    + sexCode("t." + d) + " THEN [" + reason(ic.sex(), "ID_SEX", literal(severity), index) + "] ELSE [] END");
        }
        String test = "(" + id + " IS NOT NULL AND (NOT (" + ids.fast(IdentifierType.CITIZEN_ID, id, "t._j" + index, "t._p" + index) + ") OR " + String.join(" OR ", mismatch)
                + "))";
        String errors = ids.reasons(IdentifierType.CITIZEN_ID, "t." + n, "t._k" + index, h -> "t._" + h + index).stream().filter(h -> !h.warning())
                .map(h -> "coalesce(" + h.condition() + ", false)").collect(Collectors.joining(" OR "));
        List<Helper> stages = new ArrayList<>(normalised(IdentifierType.CITIZEN_ID, id, index, ids));
        stages.add(new Helper(d, "CASE WHEN t." + n + " IS NOT NULL AND t." + n + " <> '' AND NOT (" + errors + ") THEN "
                + IdentifierSql.citizenId18("t." + n) + " END"));
        return new Compiled(rule, index, test, stages, "CASE WHEN t." + d + " IS NULL THEN [] ELSE flatten([" + String.join(", ", reasons) + "]) END",
                ids.divisionPart(IdentifierType.CITIZEN_ID, id).orElseThrow(), ids.fastInput(IdentifierType.CITIZEN_ID, id).orElseThrow());
    }

    /** Helper {@code _n<index>}: the value normalised step by step (NULL when blank); {@code _k<index>}: its division part is known. */
    private static List<Helper> normalised(IdentifierType type, String c, int index, IdentifierSql ids) {
        String n = "_n" + index;
        List<Helper> stages = new ArrayList<>();
        List<java.util.function.UnaryOperator<String>> steps = ids.normalisation(type);
        stages.add(new Helper(n, "CASE WHEN " + SqlText.blank(c) + " THEN NULL ELSE " + steps.getFirst().apply(c) + " END"));
        for (int k = 1; k < steps.size(); k++) {
            stages.add(new Helper(n, steps.get(k).apply("t." + n)));
        }
        ids.divisionPart(type, "t." + n).ifPresent(part -> stages.add(new Helper("_k" + index, ids.registered(part))));
        for (Map.Entry<String, String> h : ids.helpers(type, "t." + n, x -> "t._" + x + index)) {
            stages.add(new Helper("_" + h.getKey() + index, h.getValue()));
        }
        return stages;
    }

    private static String isoBirth(String id) {
        return "(substr(" + id + ", 7, 4) || '-' || substr(" + id + ", 11, 2) || '-' || substr(" + id + ", 13, 2))";
    }

    private static String sexCode(String id) {
        return "CASE WHEN substr(" + id + ", 17, 1) IN ('1', '3', '5', '7', '9') THEN '1' ELSE '2' END";
    }

    private static String reason(String column, String code, String severity, int index) {
        return "{'column': " + literal(column == null ? "" : column) + ", 'code': " + literal(code) + ", 'severity': " + severity + ", 'rule': " + index
                + "}";
    }

    private static String column(Rule rule) {
        if (rule.column() == null) {
            throw new UnknownCheckException("Check '" + rule.check().name() + "' needs a column");
        }
        return "t." + identifier(rule.column());
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
                    + bounds("TRY_CAST(trim(" + c + ") AS DECIMAL(38, 10))", decimal(r.min()), decimal(r.max())) + ")";
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
