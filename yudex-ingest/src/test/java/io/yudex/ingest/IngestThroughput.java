package io.yudex.ingest;

import io.yudex.data.ColumnType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Throughput of CsvSource + ValueConverter, and XLSX memory, on generated files. A main, not a test, so the normal
 * build never pays for it. Run after {@code mvn install -pl yudex-ingest}:
 * <pre>
 * mvn -o -q dependency:build-classpath -pl yudex-ingest -Dmdep.outputFile=/tmp/cp.txt
 * java -cp yudex-ingest/target/classes:yudex-ingest/target/test-classes:$(cat /tmp/cp.txt) \
 *      io.yudex.ingest.IngestThroughput csv 1000000
 * java -Xmx256m -cp ... io.yudex.ingest.IngestThroughput xlsx 1000000
 * </pre>
 */
final class IngestThroughput {

    private static final List<ColumnType> TYPES = List.of(ColumnType.BIGINT, ColumnType.VARCHAR, ColumnType.DECIMAL,
            ColumnType.DOUBLE, ColumnType.DATE, ColumnType.TIMESTAMP, ColumnType.BOOLEAN, ColumnType.VARCHAR);

    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "csv";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path dir = Files.createTempDirectory("yudex-throughput");
        Path file = dir.resolve(mode.equals("xlsx") ? "rows.xlsx" : "rows.csv");
        try {
            if (mode.equals("xlsx")) {
                xlsx(file, rows);
            } else {
                csv(file, rows);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void csv(Path file, int rows) throws IOException {
        writeCsv(file, rows);
        System.out.printf("CSV: %,d rows x 8 columns, %,d bytes%n", rows, Files.size(file));
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            long parsed = read(file, false);
            double parseSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            long converted = read(file, true);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("run %d: parse only %,.0f rows/s (%.2f s); parse + convert %,.0f rows/s (%.2f s)%n",
                    run, parsed / parseSeconds, parseSeconds, converted / seconds, seconds);
        }
    }

    /** Opens through Sources (format and charset detection included), as the server will. */
    private static long read(Path file, boolean convert) {
        long count = 0;
        long failures = 0;
        try (RowSource source = Sources.open(file, null, null)) {
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                count++;
                if (convert) {
                    List<String> values = r.values();
                    for (int i = 0; i < values.size(); i++) {
                        if (ValueConverter.convert(values.get(i), TYPES.get(i)).failed()) {
                            failures++;
                        }
                    }
                }
            }
        }
        if (failures > 0) {
            throw new IllegalStateException(failures + " values failed to convert");
        }
        return count;
    }

    private static void writeCsv(Path file, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,名称,金额,比率,日期,时间,是否有效,备注\n");
            for (int i = 1; i <= rows; i++) {
                int day = 1 + i % 28;
                w.write(i + ",杭州市西湖区第" + (i % 997) + "号," + "\"" + String.format("%,d", i % 100_000) + "." + (i % 100)
                        + "\"," + (i % 1000) / 7.0 + ",2023-" + (1 + i % 12) + "-" + day + ",2023-03-" + day + " "
                        + (i % 24) + ":" + (10 + i % 50) + ":00," + (i % 2 == 0 ? "是" : "否") + ","
                        + (i % 10 == 0 ? "\"备注, 含逗号\"" : "普通备注") + "\n");
            }
        }
    }

    private static void xlsx(Path file, int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("data");
            Row header = sheet.createRow(0);
            for (int c = 0; c < 8; c++) {
                header.createCell(c).setCellValue("col" + c);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                for (int c = 0; c < 8; c++) {
                    if (c % 2 == 0) {
                        row.createCell(c).setCellValue(i * 10L + c);
                    } else {
                        row.createCell(c).setCellValue("文本" + i);
                    }
                }
            }
            wb.write(out);
        }
        System.out.printf("XLSX: %,d rows x 8 columns, %,d bytes, max heap %,d MB%n", rows, Files.size(file),
                Runtime.getRuntime().maxMemory() >> 20);
        Runtime rt = Runtime.getRuntime();
        long peak = 0;
        long count = 0;
        long start = System.nanoTime();
        try (RowSource source = Sources.open(file, null, null)) {
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                if (++count % 100_000 == 0) {
                    peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                    System.out.printf("  %,d rows, heap in use %,d MB, progress %,d bytes%n", count,
                            (rt.totalMemory() - rt.freeMemory()) >> 20, source.bytesRead());
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("XLSX read %,d rows in %.1f s (%,.0f rows/s), peak heap seen %,d MB%n", count, seconds,
                count / seconds, peak >> 20);
    }
}
