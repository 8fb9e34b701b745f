package io.yudex.bench.export;

import io.yudex.bench.ingest.IngestBenchmark;
import io.yudex.data.Column;
import io.yudex.data.ColumnType;
import io.yudex.data.CopyFormat;
import io.yudex.data.DuckDbDataStore;
import io.yudex.data.MaskedSql;
import io.yudex.data.TableSchema;
import io.yudex.standards.masking.HmacKey;
import io.yudex.standards.masking.MaskingRule;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The bulk export benchmark: a generated population table of {@code rows} rows in a DuckDB store file, exported
 * (a) by DuckDB's bare {@code COPY (SELECT * …) TO … (FORMAT csv)} and (b) as the server's export and open-data
 * download paths write it — the same {@link DuckDbDataStore#copy} with the masks stated by {@link MaskedSql}, the
 * file then read back out as the server sends it — in one process, alternating. Prints rows/s, CPU seconds, the
 * ratio to the bare COPY and the peak heap of each.
 *
 * <pre>java -Xmx512m --enable-native-access=ALL-UNNAMED -cp yudex-bench/target/yudex-bench.jar io.yudex.bench.export.ExportBenchmark 5000000 2</pre>
 */
public final class ExportBenchmark {

    static final String TABLE = "r_101001_000001";
    static final TableSchema POPULATION = new TableSchema(TABLE, List.of(
            new Column("sfzhm", ColumnType.VARCHAR, true), new Column("xm", ColumnType.VARCHAR, false),
            new Column("xb", ColumnType.VARCHAR, false), new Column("csrq", ColumnType.DATE, false),
            new Column("mz", ColumnType.VARCHAR, false), new Column("hjdz", ColumnType.VARCHAR, false),
            new Column("xzqh", ColumnType.VARCHAR, false)));

    /** One measured export. */
    public record Run(String what, long rows, long bytes, double seconds, double cpuSeconds, long peakHeap) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> only = args.length > 2 ? List.of(args[2].split(",")) : List.of();
        Path db = Path.of(System.getProperty("java.io.tmpdir"), "yudex-bench-export-" + rows + ".duckdb");
        try (DuckDbDataStore store = table(db, rows)) {
            Map<String, List<Run>> runs = run(store, rounds, only);
            summary(runs);
        }
    }

    /** The sides, each run {@code rounds} times, alternating; {@code only} names the sides to run (empty: all). */
    public static Map<String, List<Run>> run(DuckDbDataStore store, int rounds, List<String> only) throws Exception {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        MaskingRule pseudonym = MaskingRule.parse("HASH(SM3)", HmacKey.of(new byte[32]));
        for (int r = 0; r < rounds; r++) {
            for (String side : List.of("bare-csv", "export-csv", "export-csv-pseudonym", "export-ndjson", "export-parquet", "open-data-csv")) {
                if (!only.isEmpty() && !only.contains(side)) {
                    continue;
                }
                Run run = switch (side) {
                    case "bare-csv" -> measure(side, store, CopyFormat.CSV, sql -> "SELECT sfzhm, xm, xb, csrq, mz, hjdz, xzqh FROM " + TABLE + " WHERE _v_to IS NULL");
                    case "export-csv" -> measure(side, store, CopyFormat.CSV, sql -> exportSelect(sql, null));
                    case "export-csv-pseudonym" -> measure(side, store, CopyFormat.CSV, sql -> exportSelect(sql, pseudonym));
                    case "export-ndjson" -> measure(side, store, CopyFormat.NDJSON, sql -> exportSelect(sql, null));
                    case "export-parquet" -> measure(side, store, CopyFormat.PARQUET, sql -> exportSelect(sql, null));
                    default -> measure(side, store, CopyFormat.CSV_BODY_CRLF, ExportBenchmark::releaseSelect);
                };
                runs.computeIfAbsent(side, k -> new ArrayList<>()).add(run);
                System.out.printf("round %d %-22s %,12.0f rows/s  wall %6.2f s  cpu %6.2f s  %,6d MB  peak heap %,d MB%n", r + 1, side, run.rowsPerSecond(),
                        run.seconds(), run.cpuSeconds(), run.bytes() >> 20, run.peakHeap() >> 20);
            }
        }
        return runs;
    }

    /**
     * What the data service's export selects for one grant with the items' default masks (ID number 6+4 shown, name
     * its surname, birth date its year, address its county) and, with {@code idRule}, a grant's own rule for the ID
     * number (a keyed SM3 pseudonym).
     */
    static String exportSelect(MaskedSql sql, MaskingRule idRule) {
        Map<String, MaskingRule> rules = new LinkedHashMap<>();
        rules.put("sfzhm", idRule != null ? idRule : MaskingRule.parse("MASK_SHOW_FIRST_LAST(6,4)"));
        rules.put("xm", MaskingRule.parse("MASK_SHOW_FIRST_LAST(1,0)"));
        rules.put("xb", null);
        rules.put("csrq", MaskingRule.parse("DATE_SHOW_YEAR"));
        rules.put("mz", null);
        rules.put("hjdz", MaskingRule.parse("GENERALISE_ADDRESS"));
        rules.put("xzqh", null);
        List<String> columns = new ArrayList<>();
        for (Column c : POPULATION.columns()) {
            String column = "\"" + c.name() + "\"";
            MaskingRule rule = rules.get(c.name());
            columns.add((rule == null ? column : sql.masked(column, c.type(), sql.text(column, c.type()), rule)) + " AS " + column);
        }
        return "SELECT " + String.join(", ", columns) + " FROM \"" + TABLE + "\" WHERE _v_to IS NULL";
    }

    /** What an open-data release download selects: the public profile (ID number withheld, name and phone partial), text cells made formula-safe, in load order. */
    static String releaseSelect(MaskedSql sql) {
        Map<String, MaskingRule> rules = Map.of("sfzhm", MaskingRule.parse("NULLIFY"), "xm", MaskingRule.parse("MASK_SHOW_FIRST_LAST(1,0)"),
                "hjdz", MaskingRule.parse("NULLIFY"));
        List<String> columns = new ArrayList<>();
        for (Column c : POPULATION.columns()) {
            String column = "\"" + c.name() + "\"";
            String value = sql.masked(column, c.type(), sql.plainText(column, c.type()), rules.get(c.name()));
            columns.add("(CASE WHEN " + value + " = '' THEN NULL WHEN left(" + value + ", 1) IN ('=', '+', '-', '@') THEN '''' || " + value
                    + " ELSE " + value + " END) AS " + column);
        }
        return "SELECT " + String.join(", ", columns) + " FROM \"" + TABLE + "\" WHERE _v_from <= 1 AND (_v_to IS NULL OR _v_to > 1) ORDER BY _v_from, _seq";
    }

    private static Run measure(String what, DuckDbDataStore store, CopyFormat format, java.util.function.Function<MaskedSql, String> select) throws Exception {
        System.gc();
        resetPeakHeap();
        Path file = Files.createTempFile("yudex-bench-export-", ".out");
        Files.delete(file);
        long t0 = System.nanoTime();
        double cpu0 = OS.getProcessCpuTime() / 1e9;
        long rows;
        long bytes;
        try (MaskedSql sql = new MaskedSql(store)) {
            rows = store.copy(select.apply(sql), List.of(), format, file);
            bytes = Files.size(file);
            try (OutputStream sink = OutputStream.nullOutputStream()) {
                Files.copy(file, sink);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Run(what, rows, bytes, seconds, OS.getProcessCpuTime() / 1e9 - cpu0, peakHeap());
    }

    /** The population store: made once per row count from the ingest benchmark's generated CSV (setup is not measured). */
    public static DuckDbDataStore table(Path db, long rows) throws Exception {
        boolean fresh = !Files.exists(db);
        DuckDbDataStore store = DuckDbDataStore.open(db);
        if (fresh) {
            Path csv = IngestBenchmark.population(rows);
            long t0 = System.nanoTime();
            store.ensureTable(POPULATION);
            try (Connection c = store.connection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO \"" + TABLE + "\" SELECT sfzhm, xm, xb, TRY_CAST(csrq AS DATE), mz, hjdz, xzqh, 1, NULL, row_number() OVER () FROM read_csv('"
                        + csv.toString().replace("'", "''") + "', header = true, all_varchar = true)");
            }
            System.out.printf("loaded %,d rows into %s in %.1f s%n", store.count(TABLE, null), db, (System.nanoTime() - t0) / 1e9);
        }
        return store;
    }

    private static void summary(Map<String, List<Run>> runs) {
        List<Run> bare = runs.get("bare-csv");
        double bareRate = bare == null ? Double.NaN : median(bare.stream().mapToDouble(Run::rowsPerSecond).toArray());
        double bareCpu = bare == null ? Double.NaN : median(bare.stream().mapToDouble(Run::cpuSeconds).toArray());
        System.out.println("side                      median rows/s   ratio   median cpu s  cpu ratio (bare/side)  peak heap MB");
        runs.forEach((side, list) -> {
            double rate = median(list.stream().mapToDouble(Run::rowsPerSecond).toArray());
            double cpu = median(list.stream().mapToDouble(Run::cpuSeconds).toArray());
            long heap = list.stream().mapToLong(Run::peakHeap).max().orElse(0);
            System.out.printf("%-22s %,16.0f %7.2f %14.2f %22.2f %13d%n", side, rate, rate / bareRate, cpu, bareCpu / cpu, heap >> 20);
        });
        System.out.printf("load average: %.2f%n", OS.getSystemLoadAverage());
    }

    private static double median(double[] values) {
        java.util.Arrays.sort(values);
        int n = values.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
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
}
