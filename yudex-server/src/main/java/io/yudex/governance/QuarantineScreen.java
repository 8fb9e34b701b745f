package io.yudex.governance;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.data.StagedRows;
import io.yudex.ingest.RowScreen;
import io.yudex.ingest.batch.BatchScreens;
import io.yudex.rules.IdentifierChecks;
import io.yudex.rules.Severity;
import io.yudex.rules.check.CheckEvaluator;
import io.yudex.rules.check.CodeTables;
import io.yudex.rules.check.ReferenceLookup;
import io.yudex.rules.check.Rule;
import io.yudex.rules.sql.DuckDbSqlCompiler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The quarantine of error-severity rules: before a batch commits, its staged rows run through the resource's current
 * error rules (the same set-based scans as a rule run) and every failing row is held back with every reason. Warning
 * rules do not hold rows back; the rule run after the commit flags them.
 */
@Component
class QuarantineScreen implements BatchScreens {

    /** Rows whose values are read back per query. */
    private static final int CHUNK = 5_000;

    private final RuleSetRepository ruleSets;
    private final DuckDbSqlCompiler compiler;
    private final CheckEvaluator evaluator;

    QuarantineScreen(RuleSetRepository ruleSets, Clock clock) {
        this.ruleSets = ruleSets;
        this.compiler = new DuckDbSqlCompiler(CodeTables.standard(), clock);
        this.evaluator = new CheckEvaluator(IdentifierChecks.standard(clock), CodeTables.standard(), ReferenceLookup.none(), clock);
    }

    @Override
    public RowScreen forBatch(Resource resource, long maxRows) {
        List<Rule> all = ruleSets.current(resource.code()).map(RuleSet::rules).orElse(List.of()).stream().map(Rule::of).toList();
        List<Integer> numbers = new ArrayList<>();
        List<Rule> errors = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).severity() == Severity.ERROR) {
                numbers.add(i + 1);
                errors.add(all.get(i));
            }
        }
        if (errors.isEmpty()) {
            return RowScreen.NONE;
        }
        List<String> columns = resource.items().stream().map(i -> i.name().toLowerCase(Locale.ROOT)).toList();
        List<String> keys = resource.items().stream().filter(DataItem::key).map(i -> i.name().toLowerCase(Locale.ROOT)).toList();
        return rows -> screen(rows, columns, keys, errors, numbers, maxRows);
    }

    private List<RowScreen.Held> screen(StagedRows rows, List<String> columns, List<String> keys, List<Rule> rules, List<Integer> numbers,
            long maxRows) {
        Map<Long, List<Finding>> byRow = new LinkedHashMap<>();
        StoreRuleRun.staged(rows, compiler, evaluator, columns, keys, rules, f -> {
            List<Finding> list = byRow.get(f.rowSeq());
            if (list == null && byRow.size() >= maxRows) {
                return; // the batch fails on its reject limit anyway; name no more rows
            }
            byRow.computeIfAbsent(f.rowSeq(), k -> new ArrayList<>()).add(f);
        }).screen();
        Map<Long, Map<String, String>> values = values(rows, byRow, columns);
        List<RowScreen.Held> held = new ArrayList<>();
        byRow.forEach((seq, findings) -> {
            for (Finding f : findings) {
                String column = f.column() == null || f.column().isEmpty() ? null : f.column();
                String value = column == null ? null : values.getOrDefault(seq, Map.of()).get(column);
                held.add(new RowScreen.Held(seq, column, value,
                        "rule " + numbers.get(f.rule()) + " (" + f.code() + "): " + f.message()));
            }
        });
        return held;
    }

    /** The held rows' values of the columns their findings name, as text, read back in chunks. */
    private static Map<Long, Map<String, String>> values(StagedRows rows, Map<Long, List<Finding>> byRow, List<String> columns) {
        List<String> named = byRow.values().stream().flatMap(List::stream).map(Finding::column).filter(columns::contains).distinct().toList();
        Map<Long, Map<String, String>> out = new HashMap<>();
        if (named.isEmpty()) {
            return out;
        }
        String select = named.stream().map(c -> "CAST(" + DuckDbSqlCompiler.identifier(c) + " AS VARCHAR)").collect(Collectors.joining(", "));
        long[] seqs = byRow.keySet().stream().mapToLong(Long::longValue).toArray();
        for (int from = 0; from < seqs.length; from += CHUNK) {
            String list = Arrays.stream(seqs, from, Math.min(seqs.length, from + CHUNK)).mapToObj(Long::toString).collect(Collectors.joining(","));
            rows.query("SELECT _seq, " + select + " FROM " + rows.relation() + " s WHERE _seq IN (" + list + ")", List.of(), v -> {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < named.size(); i++) {
                    row.put(named.get(i), (String) v[i + 1]);
                }
                out.put((Long) v[0], row);
            });
        }
        return out;
    }
}
