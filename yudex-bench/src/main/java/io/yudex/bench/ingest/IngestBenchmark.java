package io.yudex.bench.ingest;

import io.yudex.data.Column;
import io.yudex.data.ColumnProfile;
import io.yudex.data.ColumnType;
import io.yudex.data.DuckDbDataStore;
import io.yudex.data.LoadMode;
import io.yudex.data.TableSchema;
import io.yudex.ingest.ColumnMapping;
import io.yudex.ingest.LoadTarget;
import io.yudex.ingest.PrefetchingSource;
import io.yudex.ingest.Loader;
import io.yudex.ingest.RowSource;
import io.yudex.ingest.SourceFormat;
import io.yudex.ingest.Sources;
import io.yudex.standards.detect.SensitiveDataDetector;
import io.yudex.synth.Dataset;
import io.yudex.synth.SyntheticData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingest benchmark: one generated population CSV, loaded (a) by DuckDB's own {@code read_csv} into a table and
 * (b) through Yudex's whole pipeline (read, detect encoding, map, convert, quarantine, stage, commit, profile, detect
 * sensitive data) into a versioned table, in the same process, alternating, on the same file. Prints rows/s of both
 * and the ratio. Run with {@code -Xmx1g}: Yudex streams, so its memory must stay flat as the file grows.
 *
 * <pre>java -Xmx1g --enable-native-access=ALL-UNNAMED -cp yudex-bench/target/yudex-bench.jar io.yudex.bench.ingest.IngestBenchmark 5000000 3</pre>
 *
 * A third argument {@code yudex} runs only Yudex's side; {@code steps} runs Yudex's pipeline cumulatively, step by
 * step, and prints the process CPU seconds per million rows each step adds (parse; convert; encode, insert and
 * commit; profile and detect).
 */
public final class IngestBenchmark {

    static final TableSchema POPULATION = new TableSchema("population", List.of(
            new Column("sfzhm", ColumnType.VARCHAR, true), new Column("xm", ColumnType.VARCHAR, false),
            new Column("xb", ColumnType.VARCHAR, false), new Column("csrq", ColumnType.DATE, false),
            new Column("mz", ColumnType.VARCHAR, false), new Column("hjdz", ColumnType.VARCHAR, false),
            new Column("xzqh", ColumnType.VARCHAR, false)));
    static final LoadTarget TARGET = new LoadTarget(POPULATION, List.of("公民身份号码", "姓名", "性别", "出生日期", "民族", "户籍地址", "户籍地行政区划代码"),
            List.of(true, true, true, true, false, false, true));

    /**
     * One measured load.
     *
     * @param cpuSeconds the process's CPU time during the load (Java and DuckDB threads): on a machine shared with
     *                   other work, wall times swing with the neighbours' load while CPU times stay comparable
     */
    public record Run(String what, long rows, long loaded, long rejected, double seconds, double cpuSeconds) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path csv = population(rows);
        System.out.printf("file: %s (%,d rows, %,d MB), max heap %d MB%n", csv, rows, Files.size(csv) >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        List<Run> duck = new ArrayList<>();
        List<Run> bare = new ArrayList<>();
        List<Run> yudex = new ArrayList<>();
        if (args.length > 2 && args[2].equals("steps")) {
            for (int r = 0; r < rounds; r++) {
                steps(csv, rows);
            }
            return;
        }
        if (args.length > 2 && args[2].equals("yudex")) {
            for (int r = 0; r < rounds; r++) {
                Run y = yudexPipeline(csv);
                System.out.printf("round %d: yudex %,.0f rows/s (cpu %.1f s; %,d loaded, %,d rejected), peak heap so far %d MB%n", r + 1,
                        y.rowsPerSecond(), y.cpuSeconds(), y.loaded(), y.rejected(), peakHeap() >> 20);
            }
            return;
        }
        for (int r = 0; r < rounds; r++) {
            bare.add(duckDbReadCsvDefaults(csv, rows));
            duck.add(duckDbReadCsv(csv, rows));
            yudex.add(yudexPipeline(csv));
            System.out.printf("round %d: duckdb %,.0f rows/s (cpu %.1f s), duckdb defaults %,.0f rows/s (cpu %.1f s), yudex %,.0f rows/s (cpu %.1f s; %,d loaded, %,d rejected)%n",
                    r + 1, duck.getLast().rowsPerSecond(), duck.getLast().cpuSeconds(), bare.getLast().rowsPerSecond(),
                    bare.getLast().cpuSeconds(), yudex.getLast().rowsPerSecond(),
                    yudex.getLast().cpuSeconds(), yudex.getLast().loaded(), yudex.getLast().rejected());
        }
        double d = median(duck);
        double b = median(bare);
        double y = median(yudex);
        double yudexCpu = yudex.stream().mapToDouble(Run::cpuSeconds).sum();
        double cpuRatio = duck.stream().mapToDouble(Run::cpuSeconds).sum() / yudexCpu;
        double bareCpuRatio = bare.stream().mapToDouble(Run::cpuSeconds).sum() / yudexCpu;
        System.out.printf("RESULT rows=%d duckdb_read_csv=%,.0f rows/s yudex_pipeline=%,.0f rows/s ratio=%.2f cpu_ratio=%.2f peak_heap=%d MB%n",
                rows, d, y, y / d, cpuRatio, peakHeap() >> 20);
        System.out.printf("RESULT-DEFAULTS rows=%d duckdb_read_csv_defaults=%,.0f rows/s ratio=%.2f cpu_ratio=%.2f%n", rows, b, y / b, bareCpuRatio);
    }

    /** The baseline: DuckDB's parallel CSV reader straight into a table of a fresh database file. */
    public static Run duckDbReadCsv(Path csv, long rows) throws Exception {
        Path dir = Files.createTempDirectory("yudex-bench-duck-");
        try (DuckDbDataStore store = DuckDbDataStore.open(dir.resolve("raw.duckdb")); Connection c = store.connection();
                Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            long cpu0 = OS.getProcessCpuTime();
            s.execute("CREATE TABLE raw AS SELECT * FROM read_csv('" + csv.toAbsolutePath() + "', header = true)");
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Run("duckdb", rows, rows, 0, seconds, (OS.getProcessCpuTime() - cpu0) / 1e9);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * The same load into a database opened with DuckDB's defaults (not the store's settings: newer storage format,
     * DICT_FSST strings, insertion order kept), to show what the store's settings do to the baseline itself.
     */
    public static Run duckDbReadCsvDefaults(Path csv, long rows) throws Exception {
        Path dir = Files.createTempDirectory("yudex-bench-bare-");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("raw.duckdb").toAbsolutePath());
                Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            long cpu0 = OS.getProcessCpuTime();
            s.execute("CREATE TABLE raw AS SELECT * FROM read_csv('" + csv.toAbsolutePath() + "', header = true)");
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Run("duckdb-defaults", rows, rows, 0, seconds, (OS.getProcessCpuTime() - cpu0) / 1e9);
        } finally {
            deleteTree(dir);
        }
    }

    /** Yudex: the same Loader the server runs, then the batch profile and sensitive-data detection. */
    public static Run yudexPipeline(Path csv) throws Exception {
        Path dir = Files.createTempDirectory("yudex-bench-yudex-");
        AtomicLong rejected = new AtomicLong();
        try (DuckDbDataStore store = DuckDbDataStore.open(dir.resolve("store.duckdb"))) {
            store.ensureTable(POPULATION);
            long t0 = System.nanoTime();
            long cpu0 = OS.getProcessCpuTime();
            var loader = new Loader(TARGET, LoadMode.FULL_REPLACE, new Loader.Limits(0.1, Long.MAX_VALUE), () -> false, c -> {});
            try (RowSource source = PrefetchingSource.wrap(Sources.open(csv, SourceFormat.CSV, null));
                    var writer = store.begin(POPULATION, 1, LoadMode.FULL_REPLACE)) {
                loader.run(source, ColumnMapping.of(source.header(), TARGET, LoadMode.FULL_REPLACE), writer,
                        (line, column, value, reason) -> rejected.incrementAndGet());
            }
            List<ColumnProfile> profile = store.profile("population", 1, 5);
            for (Column col : POPULATION.columns()) {
                for (String v : store.sample("population", col.name(), 1, 1000)) {
                    SensitiveDataDetector.detect(v);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
            Loader.Counters c = loader.counters(0);
            if (profile.size() != POPULATION.columns().size()) {
                throw new IllegalStateException("profile is incomplete: " + profile);
            }
            if (store.count("population", null) != c.loaded()) {
                throw new IllegalStateException(c.loaded() + " rows loaded, but the table holds " + store.count("population", null));
            }
            return new Run("yudex", c.read(), c.loaded(), c.rejected(), seconds, cpu);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Yudex's pipeline in cumulative steps on the same file, each timed by the process's CPU: (1) parse only (the source
     * read on this thread), (2) parse on the prefetch thread and convert on this one (the Loader with a writer that
     * drops the rows), (3) the whole load into the store (encode, insert, commit), (4) profile and detect.
     */
    static void steps(Path csv, long rows) throws Exception {
        double perMillion = 1e6 / rows;
        long cpu0 = OS.getProcessCpuTime();
        try (RowSource source = Sources.open(csv, SourceFormat.CSV, null)) {
            while (source.next() != null) {
                // parse only
            }
        }
        double parse = (OS.getProcessCpuTime() - cpu0) / 1e9;
        cpu0 = OS.getProcessCpuTime();
        var loader = new Loader(TARGET, LoadMode.FULL_REPLACE, new Loader.Limits(0.1, Long.MAX_VALUE), () -> false, c -> {});
        try (RowSource source = PrefetchingSource.wrap(Sources.open(csv, SourceFormat.CSV, null))) {
            loader.run(source, ColumnMapping.of(source.header(), TARGET, LoadMode.FULL_REPLACE), new DroppingWriter(),
                    (line, column, value, reason) -> {});
        }
        double convert = (OS.getProcessCpuTime() - cpu0) / 1e9;
        Path dir = Files.createTempDirectory("yudex-bench-steps-");
        try (DuckDbDataStore store = DuckDbDataStore.open(dir.resolve("store.duckdb"))) {
            store.ensureTable(POPULATION);
            cpu0 = OS.getProcessCpuTime();
            var full = new Loader(TARGET, LoadMode.FULL_REPLACE, new Loader.Limits(0.1, Long.MAX_VALUE), () -> false, c -> {});
            try (RowSource source = PrefetchingSource.wrap(Sources.open(csv, SourceFormat.CSV, null));
                    var writer = store.begin(POPULATION, 1, LoadMode.FULL_REPLACE)) {
                full.run(source, ColumnMapping.of(source.header(), TARGET, LoadMode.FULL_REPLACE), writer, (line, column, value, reason) -> {});
            }
            double load = (OS.getProcessCpuTime() - cpu0) / 1e9;
            cpu0 = OS.getProcessCpuTime();
            store.profile("population", 1, 5);
            double profile = (OS.getProcessCpuTime() - cpu0) / 1e9;
            cpu0 = OS.getProcessCpuTime();
            for (Column col : POPULATION.columns()) {
                for (String v : store.sample("population", col.name(), 1, 1000)) {
                    SensitiveDataDetector.detect(v);
                }
            }
            double detect = (OS.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf("STEPS cpu-s per 1M rows: parse %.2f | convert (with prefetch hand-over) %.2f | encode+insert+commit %.2f "
                    + "| profile %.2f | detect %.2f | total %.2f%n", parse * perMillion, (convert - parse) * perMillion,
                    (load - convert) * perMillion, profile * perMillion, detect * perMillion, (load + profile + detect) * perMillion);
        } finally {
            deleteTree(dir);
        }
    }

    /** A writer that counts and drops the rows: the Loader's own cost without the store. */
    private static final class DroppingWriter implements io.yudex.data.BatchWriter {
        private long rows;

        @Override
        public void add(Object... values) {
            rows++;
        }

        @Override
        public long staged() {
            return rows;
        }

        @Override
        public io.yudex.data.BatchOutcome commit(io.yudex.data.BatchGate gate) {
            return new io.yudex.data.BatchOutcome(1, rows, rows, 0);
        }

        @Override
        public void abort() {
            // nothing staged
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    /** The population file of {@code rows} rows (3% realistic defects), generated once and kept in the temp dir. */
    public static Path population(long rows) throws IOException {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "yudex-bench-population-" + rows + ".csv");
        if (!Files.exists(file)) {
            Path tmp = Files.createTempFile("yudex-bench-", ".csv");
            long t0 = System.nanoTime();
            SyntheticData.write(Dataset.POPULATION, rows, 42, 0.03, StandardCharsets.UTF_8, tmp);
            Files.move(tmp, file);
            System.out.printf("generated %,d rows in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
        }
        return file;
    }

    /** The median; of an even number of rounds, the mean of the middle two (not the upper one, which flatters). */
    private static double median(List<Run> runs) {
        double[] r = runs.stream().mapToDouble(Run::rowsPerSecond).sorted().toArray();
        int mid = r.length / 2;
        return r.length % 2 == 1 ? r[mid] : (r[mid - 1] + r[mid]) / 2;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }

}
