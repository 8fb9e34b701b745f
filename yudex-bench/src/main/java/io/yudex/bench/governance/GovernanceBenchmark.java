package io.yudex.bench.governance;

import io.yudex.bench.ingest.IngestBenchmark;
import io.yudex.data.DuckDbDataStore;
import io.yudex.rules.IdentifierChecks;
import io.yudex.rules.check.Check;
import io.yudex.rules.check.CheckEvaluator;
import io.yudex.rules.check.CodeTables;
import io.yudex.rules.check.ReferenceLookup;
import io.yudex.rules.check.Rule;
import io.yudex.rules.compare.Comparison;
import io.yudex.rules.compare.DuckDbComparisonCompiler;
import io.yudex.rules.compare.Normalisation;
import io.yudex.rules.sql.DuckDbSqlCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The governance benchmark, in one process on one generated population (yudex-synth, seed 42, 3% realistic defects)
 * stored as the data store keeps resource tables (row versions with {@code _v_from}, {@code _v_to}, {@code _seq}):
 *
 * <ol>
 *   <li>the national rule set on the population, run as the server's rule run does it (one compiled SQL scan, the
 *       identifier and ID-consistency checks included; a rule SQL cannot express would stream its columns to Java),
 *       beside a bare DuckDB scan reading the same columns;</li>
 *   <li>a comparison of that population with a second department's copy of it (about 1% of people missing, 1% extra,
 *       2% under another name, 1% another birth date, addresses compared on their first six characters) — summary and
 *       rows — beside DuckDB's plain {@code FULL OUTER JOIN} of the same keys.</li>
 * </ol>
 *
 * <pre>java -Xmx2g --enable-native-access=ALL-UNNAMED -cp yudex-bench/target/yudex-bench.jar io.yudex.bench.governance.GovernanceBenchmark 5000000 3</pre>
 */
public final class GovernanceBenchmark {

    static final List<Map<String, Object>> NATIONAL_RULES = List.of(
            Map.of("check", "identifier", "type", "citizen-id", "column", "sfzhm"),
            Map.of("check", "id-consistency", "id", "sfzhm", "birthDate", "csrq", "sex", "xb"),
            Map.of("check", "unique", "columns", List.of("sfzhm")),
            Map.of("check", "required", "column", "xm"),
            Map.of("check", "length", "column", "xm", "max", 50),
            Map.of("check", "code-table", "column", "xb", "table", CodeTables.SEX),
            Map.of("check", "type", "column", "csrq", "type", "D"),
            Map.of("check", "date-range", "column", "csrq", "from", "1900-01-01", "notAfterToday", true),
            Map.of("check", "length", "column", "hjdz", "max", 200),
            Map.of("check", "identifier", "type", "division-code", "column", "xzqh"));

    static final Comparison COMPARISON = new Comparison("sfzhm", "sfzhm", List.of(Normalisation.of("half-width"), Normalisation.of("trim"),
            Normalisation.of("upper")), List.of(
            new Comparison.Item("xm", "xm", "xm", List.of(Normalisation.of("trim"), Normalisation.of("no-spaces")), Comparison.Side.LEFT),
            new Comparison.Item("csrq", "csrq", "csrq", List.of(Normalisation.of("unify-date")), Comparison.Side.LEFT),
            new Comparison.Item("hjdz", "hjdz", "hjdz", List.of(Normalisation.of("prefix:6")), Comparison.Side.LEFT)));

    /** One measured side: rows processed, seconds, and a figure that proves the work was done. */
    record Run(String what, long rows, double seconds, double cpuSeconds, long result) {
        double rowsPerSecond() {
            return rows / seconds;
        }

        double rowsPerCpuSecond() {
            return rows / cpuSeconds;
        }
    }

    private GovernanceBenchmark() {}

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path csv = IngestBenchmark.population(rows);
        Path dir = Files.createTempDirectory("yudex-bench-governance-");
        try (DuckDbDataStore store = DuckDbDataStore.open(dir.resolve("store.duckdb"))) {
            prepare(store, csv);
            long people = count(store, "population");
            long others = count(store, "insured");
            System.out.printf("population %,d rows, second department %,d rows%n", people, others);
            Map<String, List<Run>> runs = new HashMap<>();
            System.out.printf("load average at start: %s%n", loadAverage());
            for (int r = 0; r < rounds; r++) {
                for (Run run : List.of(bareScan(store, people), ruleSet(store, people), bareJoin(store, people + others),
                        comparisonSummary(store, people + others), comparison(store, people + others))) {
                    runs.computeIfAbsent(run.what(), k -> new ArrayList<>()).add(run);
                    System.out.printf("round %d: %-20s %,12.0f rows/s  (%.2f s, %.2f CPU-s, result %,d)  load %s%n", r + 1, run.what(), run.rowsPerSecond(),
                            run.seconds(), run.cpuSeconds(), run.result(), loadAverage());
                }
            }
            double scan = median(runs.get("bare-scan"), Run::rowsPerSecond);
            double rules = median(runs.get("rule-set"), Run::rowsPerSecond);
            double join = median(runs.get("bare-full-outer-join"), Run::rowsPerSecond);
            double summary = median(runs.get("comparison-summary"), Run::rowsPerSecond);
            double full = median(runs.get("comparison"), Run::rowsPerSecond);
            double cpuScan = median(runs.get("bare-scan"), Run::rowsPerCpuSecond);
            double cpuRules = median(runs.get("rule-set"), Run::rowsPerCpuSecond);
            double cpuJoin = median(runs.get("bare-full-outer-join"), Run::rowsPerCpuSecond);
            double cpuSummary = median(runs.get("comparison-summary"), Run::rowsPerCpuSecond);
            double cpuFull = median(runs.get("comparison"), Run::rowsPerCpuSecond);
            System.out.printf("RESULT rows=%d rule_set=%,.0f rows/s bare_scan=%,.0f rows/s ratio=%.2f cpu_ratio=%.2f%n", people, rules, scan, rules / scan,
                    cpuRules / cpuScan);
            System.out.printf("RESULT rows=%dx%d comparison=%,.0f rows/s summary_only=%,.0f rows/s bare_full_outer_join=%,.0f rows/s ratio=%.2f "
                    + "cpu_ratio=%.2f ratio_summary=%.2f cpu_ratio_summary=%.2f%n", people, others, full, summary, join, full / join, cpuFull / cpuJoin,
                    summary / join, cpuSummary / cpuJoin);
            System.out.printf("load average at the end: %s%n", loadAverage());
        } finally {
            deleteTree(dir);
        }
    }

    /** The population as a resource table, and a second department's copy of it with realistic differences. */
    static void prepare(DuckDbDataStore store, Path csv) throws Exception {
        try (Connection c = store.connection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE population AS SELECT CAST(sfzhm AS VARCHAR) AS sfzhm, CAST(xm AS VARCHAR) AS xm, CAST(xb AS VARCHAR) AS xb, "
                    + "CAST(csrq AS VARCHAR) AS csrq, CAST(mz AS VARCHAR) AS mz, CAST(hjdz AS VARCHAR) AS hjdz, CAST(xzqh AS VARCHAR) AS xzqh, "
                    + "CAST(1 AS BIGINT) AS _v_from, CAST(NULL AS BIGINT) AS _v_to, row_number() OVER () AS _seq FROM read_csv('"
                    + csv.toAbsolutePath() + "', header = true, all_varchar = true)");
            s.execute("CREATE TABLE insured AS SELECT sfzhm, CASE WHEN hash(sfzhm) % 50 = 3 THEN xm || '某' ELSE xm END AS xm, "
                    + "CASE WHEN hash(sfzhm) % 100 = 7 THEN replace(csrq, '-', '/') WHEN hash(sfzhm) % 100 = 8 THEN '1900-01-01' ELSE csrq END AS csrq, "
                    + "CASE WHEN hash(sfzhm) % 10 = 4 THEN hjdz || '附近' ELSE hjdz END AS hjdz, CAST(2 AS BIGINT) AS _v_from, CAST(NULL AS BIGINT) AS _v_to, _seq "
                    + "FROM population WHERE hash(sfzhm) % 100 <> 11 "
                    + "UNION ALL SELECT '9' || substr(sfzhm, 2), xm, csrq, hjdz, 2, NULL, _seq FROM population WHERE hash(sfzhm) % 100 = 12");
            s.execute("CHECKPOINT");
        }
    }

    /** The baseline for rules: DuckDB reads every column the rules read, inside the engine. */
    static Run bareScan(DuckDbDataStore store, long rows) {
        return time("bare-scan", rows, () -> single(store, "SELECT count(*) + max(length(sfzhm)) + max(length(xm)) + max(length(xb)) + max(length(csrq)) "
                + "+ max(length(hjdz)) + max(length(xzqh)) FROM population WHERE _v_to IS NULL"));
    }

    /** The rule set as the server's rule run executes it (see io.yudex.governance.StoreRuleRun): findings are counted. */
    static Run ruleSet(DuckDbDataStore store, long rows) {
        Clock clock = Clock.systemDefaultZone();
        List<Rule> rules = NATIONAL_RULES.stream().map(Rule::of).toList();
        IdentifierChecks identifiers = IdentifierChecks.standard(clock);
        DuckDbSqlCompiler compiler = new DuckDbSqlCompiler(CodeTables.standard(), clock, identifiers);
        CheckEvaluator evaluator = new CheckEvaluator(identifiers, CodeTables.standard(), ReferenceLookup.none(), clock);
        String relation = "(SELECT rowid AS _row, _v_from, _seq, sfzhm, xm, xb, csrq, mz, hjdz, xzqh FROM population WHERE _v_to IS NULL)";
        List<Rule> javaRules = rules.stream().filter(r -> !compiler.canCompile(r)).toList();
        return time("rule-set", rows, () -> {
            AtomicLong findings = new AtomicLong();
            store.query(compiler.reasonsQuery(relation, "_row", rules, List.of("_row", "_v_from", "_seq", "sfzhm")), List.of(),
                    v -> findings.incrementAndGet());
            if (!javaRules.isEmpty()) {
                store.query("SELECT _row, _v_from, _seq, sfzhm, xb, csrq, xzqh FROM " + relation + " t", List.of(), v -> {
                    Map<String, String> row = new HashMap<>(8);
                    row.put("sfzhm", (String) v[3]);
                    row.put("xb", (String) v[4]);
                    row.put("csrq", (String) v[5]);
                    row.put("xzqh", (String) v[6]);
                    for (Rule rule : javaRules) {
                        findings.addAndGet(evaluator.checkRow(rule.check(), rule.column(), row).size());
                    }
                });
            }
            return findings.get();
        });
    }

    /** The baseline for comparisons: DuckDB's plain FULL OUTER JOIN of the same keys, counted. */
    static Run bareJoin(DuckDbDataStore store, long rows) {
        return time("bare-full-outer-join", rows, () -> single(store, "SELECT count(*) FROM (SELECT sfzhm FROM population WHERE _v_to IS NULL) l "
                + "FULL OUTER JOIN (SELECT sfzhm FROM insured WHERE _v_to IS NULL) r ON l.sfzhm = r.sfzhm"));
    }

    /** The comparison's counts only (what a dashboard needs). */
    static Run comparisonSummary(DuckDbDataStore store, long rows) {
        DuckDbComparisonCompiler compiler = new DuckDbComparisonCompiler(COMPARISON);
        return time("comparison-summary", rows, () -> single(store, compiler.summaryQuery(source("population"), source("insured"))));
    }

    /** The comparison as the server runs it: counts, then every row that did not match streamed out. */
    static Run comparison(DuckDbDataStore store, long rows) {
        DuckDbComparisonCompiler compiler = new DuckDbComparisonCompiler(COMPARISON);
        return time("comparison", rows, () -> {
            long matched = single(store, compiler.summaryQuery(source("population"), source("insured")));
            AtomicLong n = new AtomicLong();
            store.query(compiler.rowsQuery(source("population"), source("insured")), List.of(), v -> n.incrementAndGet());
            return matched + n.get();
        });
    }

    private static DuckDbComparisonCompiler.Source source(String table) {
        return new DuckDbComparisonCompiler.Source("(SELECT * FROM " + table + " WHERE _v_to IS NULL)", true);
    }

    private static long single(DuckDbDataStore store, String sql) {
        long[] out = new long[1];
        store.query(sql, List.of(), v -> out[0] = ((Number) v[0]).longValue());
        return out[0];
    }

    private static long count(DuckDbDataStore store, String table) {
        return single(store, "SELECT count(*) FROM " + table);
    }

    private static Run time(String what, long rows, LongSupplier work) {
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        long result = work.getAsLong();
        return new Run(what, rows, (System.nanoTime() - t0) / 1e9, (cpuNanos() - c0) / 1e9, result);
    }

    /** CPU time of the whole process (Java and DuckDB's native threads). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        double[] r = runs.stream().mapToDouble(figure).sorted().toArray();
        return r[r.length / 2];
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
