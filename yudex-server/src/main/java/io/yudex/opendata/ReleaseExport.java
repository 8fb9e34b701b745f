package io.yudex.opendata;

import io.yudex.data.CopyFormat;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.TableDownload;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a release out of the store as CSV (UTF-8 with BOM, formula-safe), XLSX (streaming workbook, at most
 * {@link #XLSX_MAX_ROWS} rows) or JSON (an array of objects keyed by item name). CSV and JSON are written by the store
 * itself ({@link ReleaseData#copy}), XLSX a row at a time: memory stays flat however large the release.
 */
final class ReleaseExport {

    static final List<String> FORMATS = List.of("csv", "xlsx", "json");
    static final int XLSX_MAX_ROWS = 1_048_575;

    private ReleaseExport() {}

    static String contentType(String format) {
        return switch (format) {
            case "csv" -> "text/csv;charset=UTF-8";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "json" -> "application/json;charset=UTF-8";
            default -> throw InvalidInputException.of("format", "must be one of " + FORMATS);
        };
    }

    static void write(ReleaseData data, String format, boolean chinese, JsonMapper json, OutputStream out) throws IOException {
        switch (format) {
            case "csv" -> csv(data, chinese, out);
            case "xlsx" -> xlsx(data, chinese, out);
            case "json" -> json(data, json, out);
            default -> throw InvalidInputException.of("format", "must be one of " + FORMATS);
        }
    }

    /** The header by Java, the rows by the store's CSV writer (CRLF, quoted where needed, formula-safe cells). */
    private static void csv(ReleaseData data, boolean chinese, OutputStream out) throws IOException {
        out.write(("\uFEFF" + line(data.header(chinese))).getBytes(StandardCharsets.UTF_8));
        data.copy(CopyFormat.CSV_BODY_CRLF, true, out);
        out.flush();
    }

    private static void xlsx(ReleaseData data, boolean chinese, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("data");
            cells(sheet.createRow(0), data.header(chinese));
            int[] n = {1};
            data.stream(0, (long) XLSX_MAX_ROWS, row -> cells(sheet.createRow(n[0]++), row));
            wb.write(out);
            wb.dispose();
        }
    }

    /** By the store's JSON writer: one array of objects keyed by item name, every value text or null. */
    private static void json(ReleaseData data, JsonMapper json, OutputStream out) throws IOException {
        if (!data.columns().isEmpty()) {
            data.copy(CopyFormat.JSON_ARRAY, false, out);
            out.flush();
            return;
        }
        List<String> names = data.header(false);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartArray();
            data.stream(0, null, row -> {
                g.writeStartObject();
                for (int i = 0; i < names.size(); i++) {
                    g.writeStringProperty(names.get(i), row.get(i));
                }
                g.writeEndObject();
            });
            g.writeEndArray();
        }
    }

    private static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(i == 0 ? "" : ",").append(TableDownload.csvCell(cells.get(i)));
        }
        return b.append("\r\n").toString();
    }

    private static void cells(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
        }
    }
}
