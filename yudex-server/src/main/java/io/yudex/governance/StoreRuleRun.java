package io.yudex.governance;

import io.yudex.data.DataStore;
import io.yudex.data.RowCallback;
import io.yudex.data.StagedRows;
import io.yudex.rules.Reason;
import io.yudex.rules.Severity;
import io.yudex.rules.check.Check;
import io.yudex.rules.check.CheckEvaluator;
import io.yudex.rules.check.Rule;
import io.yudex.rules.sql.DuckDbSqlCompiler;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs a rule set over the rows of a resource table as of a batch, inside the data store: every rule SQL can express
 * (the national identifier and ID-consistency checks included) runs in one set-based scan compiled by
 * {@link DuckDbSqlCompiler}; what it cannot (GB/T 36904 e-licence identifiers) streams only the columns it reads out of
 * the store once and runs in Java. Also measures the cells and keys the quality figures need. Not thread-safe; one
 * instance per run.
 */
final class StoreRuleRun {

    /** What the scans found, with exact counts whatever the sink kept. */
    record Outcome(long rows, long[] failedPerRule, long[] flaggedPerRule, String[] enginePerRule, long errorRows, long flaggedRows,
            long inconsistentRows, long findings, long cells, long filledCells, Long keyedRows, Long distinctKeys) {}

    /** Where the scans run: the store's committed rows, or a batch's staged rows inside its transaction. */
    @FunctionalInterface
    interface Scan {
        long query(String sql, List<?> params, RowCallback callback);
    }

    private final Scan store;
    private final DuckDbSqlCompiler compiler;
    private final CheckEvaluator evaluator;
    private final String relation;
    private final List<String> keys;
    private final List<Rule> rules;
    private final Consumer<Finding> sink;
    private final BitSet errorRows = new BitSet();
    private final BitSet warningRows = new BitSet();
    private final BitSet inconsistentRows = new BitSet();
    /** Per rule, the rows it failed with an error, and those it only flagged. */
    private final BitSet[] failed;
    private final BitSet[] flagged;
    private final String[] engines;
    private long findings;

    /**
     * @param columns the data columns (lower case); {@code keys} a subset, possibly empty
     * @param asOfBatch the batch whose state is checked; its rows are those visible after it
     */
    StoreRuleRun(DataStore store, DuckDbSqlCompiler compiler, CheckEvaluator evaluator, String table, List<String> columns, List<String> keys,
            long asOfBatch, List<Rule> rules, Consumer<Finding> sink) {
        this(store::query, compiler, evaluator, "(SELECT rowid AS _row, _v_from, _seq, " + casts(columns) + " FROM " + q(table)
                + " WHERE _v_from <= " + asOfBatch + " AND (_v_to IS NULL OR _v_to > " + asOfBatch + "))", keys, rules, sink);
    }

    /**
     * A run over a batch's staged rows before their commit (the quarantine screen); findings carry batch 0 and the
     * staging index as {@code rowSeq}. Only {@link #screen()} applies.
     */
    static StoreRuleRun staged(StagedRows rows, DuckDbSqlCompiler compiler, CheckEvaluator evaluator, List<String> columns, List<String> keys,
            List<Rule> rules, Consumer<Finding> sink) {
        return new StoreRuleRun(rows::query, compiler, evaluator, "(SELECT _seq AS _row, CAST(0 AS BIGINT) AS _v_from, _seq, " + casts(columns)
                + " FROM " + rows.relation() + " s)", keys, rules, sink);
    }

    private StoreRuleRun(Scan store, DuckDbSqlCompiler compiler, CheckEvaluator evaluator, String relation, List<String> keys,
            List<Rule> rules, Consumer<Finding> sink) {
        this.store = store;
        this.compiler = compiler;
        this.evaluator = evaluator;
        this.keys = List.copyOf(keys);
        this.rules = List.copyOf(rules);
        this.sink = sink;
        this.failed = new BitSet[rules.size()];
        this.flagged = new BitSet[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            failed[i] = new BitSet();
            flagged[i] = new BitSet();
        }
        this.engines = new String[rules.size()];
        this.relation = relation;
    }

    private static String casts(List<String> columns) {
        return columns.stream().map(c -> "CAST(" + q(c) + " AS VARCHAR) AS " + q(c)).collect(Collectors.joining(", "));
    }

    /** Only the rule scans, every finding to the sink: what the quarantine screen needs. */
    void screen() {
        runSql();
        runJava();
    }

    Outcome run(List<String> columns) {
        runSql();
        runJava();
        long[] cells = measureCells(columns);
        Long[] keyed = measureKeys();
        BitSet flaggedOnly = (BitSet) warningRows.clone();
        flaggedOnly.andNot(errorRows);
        long[] failedPerRule = new long[rules.size()];
        long[] flaggedPerRule = new long[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            failedPerRule[i] = failed[i].cardinality();
            BitSet warned = (BitSet) flagged[i].clone();
            warned.andNot(failed[i]);
            flaggedPerRule[i] = warned.cardinality();
        }
        return new Outcome(cells[0], failedPerRule, flaggedPerRule, engines, errorRows.cardinality(), flaggedOnly.cardinality(),
                inconsistentRows.cardinality(), findings, cells[0] * columns.size(), cells[1], keyed[0], keyed[1]);
    }

    private void runSql() {
        boolean any = false;
        for (int i = 0; i < rules.size(); i++) {
            if (compiler.canCompile(rules.get(i))) {
                engines[i] = "SQL";
                any = true;
            } else {
                engines[i] = "JAVA";
            }
        }
        if (!any) {
            return;
        }
        List<String> selected = new ArrayList<>(List.of("_row", "_v_from", "_seq"));
        selected.addAll(keys);
        String sql = compiler.reasonsQuery(relation, "_row", rules, selected);
        int k = keys.size();
        store.query(sql, List.of(), v -> {
            int row = Math.toIntExact((Long) v[0]);
            int rule = ((Number) v[6 + k]).intValue();
            String severity = (String) v[5 + k];
            count(rule, row, severity.equals("error"), rules.get(rule).check() instanceof Check.IdConsistency);
            emit(new Finding((Long) v[1], (Long) v[2], key(v, 3), rule, (String) v[3 + k], (String) v[4 + k], severity,
                    RuleMessages.describe(rules.get(rule))));
        });
    }

    private void runJava() {
        List<Integer> javaRules = new ArrayList<>();
        Set<String> read = new LinkedHashSet<>();
        Set<String> drivers = new LinkedHashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (compiler.canCompile(rule)) {
                continue;
            }
            javaRules.add(i);
            if (rule.check() instanceof Check.IdConsistency c) {
                drivers.add(c.id());
                read.add(c.id());
                if (c.birthDate() != null) {
                    read.add(c.birthDate());
                }
                if (c.sex() != null) {
                    read.add(c.sex());
                }
            } else {
                drivers.add(rule.column());
                read.add(rule.column());
            }
        }
        if (javaRules.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(read);
        String keyList = keys.stream().map(StoreRuleRun::q).collect(Collectors.joining(", ", "", ", "));
        String where = drivers.stream().map(c -> "(" + q(c) + " IS NOT NULL AND trim(" + q(c) + ") <> '')").collect(Collectors.joining(" OR "));
        String sql = "SELECT _row, _v_from, _seq, " + (keys.isEmpty() ? "" : keyList)
                + columns.stream().map(StoreRuleRun::q).collect(Collectors.joining(", ")) + " FROM " + relation + " t WHERE " + where;
        int k = keys.size();
        store.query(sql, List.of(), v -> {
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                row.put(columns.get(c), (String) v[3 + k + c]);
            }
            int rowId = Math.toIntExact((Long) v[0]);
            String key = null;
            for (int i : javaRules) {
                Rule rule = rules.get(i);
                List<Reason> reasons = CheckEvaluator.withSeverity(evaluator.checkRow(rule.check(), rule.column(), row), rule.severity());
                if (reasons.isEmpty()) {
                    continue;
                }
                boolean error = reasons.stream().anyMatch(r -> r.severity() == Severity.ERROR);
                count(i, rowId, error, rule.check() instanceof Check.IdConsistency);
                key = key == null ? key(v, 3) : key;
                for (Reason r : reasons) {
                    String column = rule.column() != null ? rule.column() : columnOf(rule.check(), r.code());
                    emit(new Finding((Long) v[1], (Long) v[2], key, i, column, r.code(), r.severity().name().toLowerCase(Locale.ROOT), r.message()));
                }
            }
        });
    }

    private static String columnOf(Check check, String code) {
        if (check instanceof Check.IdConsistency c) {
            return code.equals("ID_SEX") ? c.sex() : c.birthDate();
        }
        return "";
    }

    /** One reason of {@code rule} on {@code row}; a rule counts a row once, as failed if any of its reasons is an error. */
    private void count(int rule, int row, boolean error, boolean consistency) {
        if (error) {
            failed[rule].set(row);
            errorRows.set(row);
            if (consistency) {
                inconsistentRows.set(row);
            }
        } else {
            flagged[rule].set(row);
            warningRows.set(row);
        }
    }

    private void emit(Finding finding) {
        findings++;
        sink.accept(finding);
    }

    /** Rows and non-blank cells over every data column. */
    private long[] measureCells(List<String> columns) {
        String filled = columns.stream().map(c -> "count(NULLIF(trim(" + q(c) + "), ''))").collect(Collectors.joining(" + "));
        long[] out = new long[2];
        store.query("SELECT count(*), " + (columns.isEmpty() ? "0" : filled) + " FROM " + relation + " t", List.of(), v -> {
            out[0] = ((Number) v[0]).longValue();
            out[1] = ((Number) v[1]).longValue();
        });
        return out;
    }

    /** Rows with a complete key and the distinct keys among them; nulls when the resource has no key. */
    private Long[] measureKeys() {
        if (keys.isEmpty()) {
            return new Long[] {null, null};
        }
        String list = keys.stream().map(StoreRuleRun::q).collect(Collectors.joining(", "));
        String present = keys.stream().map(c -> q(c) + " IS NOT NULL AND trim(" + q(c) + ") <> ''").collect(Collectors.joining(" AND "));
        Long[] out = new Long[2];
        store.query("SELECT count(*), (SELECT count(*) FROM (SELECT DISTINCT " + list + " FROM " + relation + " d WHERE " + present
                + ")) FROM " + relation + " t WHERE " + present, List.of(), v -> {
                    out[0] = ((Number) v[0]).longValue();
                    out[1] = ((Number) v[1]).longValue();
                });
        return out;
    }

    private String key(Object[] v, int from) {
        if (keys.isEmpty()) {
            return v[1] + "/" + v[2];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(keys.get(i)).append('=').append(v[from + i] == null ? "" : v[from + i]);
        }
        return sb.toString();
    }

    private static String q(String identifier) {
        return DuckDbSqlCompiler.identifier(identifier);
    }
}
