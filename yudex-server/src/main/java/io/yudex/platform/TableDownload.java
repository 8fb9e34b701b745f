package io.yudex.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;

/**
 * Sends a table of text as a download: CSV (UTF-8 with BOM, so Excel reads Chinese; formula-safe) or streaming XLSX.
 */
public final class TableDownload {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableDownload() {}

    /**
     * @throws InvalidInputException for a format other than csv or xlsx
     */
    public static void send(List<String> header, Iterable<List<String>> rows, String format, String fileBase, String sheetName,
            HttpServletResponse response) throws IOException {
        switch (format) {
            case "csv" -> {
                attachment(response, "text/csv;charset=UTF-8", fileBase + ".csv");
                csv(header, rows, response.getOutputStream());
            }
            case "xlsx" -> {
                attachment(response, XLSX, fileBase + ".xlsx");
                xlsx(header, rows, sheetName, response.getOutputStream());
            }
            default -> throw InvalidInputException.of("format", "must be csv or xlsx");
        }
    }

    public static void csv(List<String> header, Iterable<List<String>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write(line(header));
        for (List<String> row : rows) {
            w.write(line(row));
        }
        w.flush();
    }

    public static void xlsx(List<String> header, Iterable<List<String>> rows, String sheetName, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(sheetName);
            write(sheet.createRow(0), header);
            int n = 1;
            for (List<String> row : rows) {
                write(sheet.createRow(n++), row);
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /** An XLSX workbook already in memory, as a download named {@code fileName}. */
    public static org.springframework.http.ResponseEntity<byte[]> xlsxAttachment(byte[] workbook, String fileName) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(XLSX))
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }

    /** Quotes a CSV cell; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
    public static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(TableDownload::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
        }
    }

    private static void attachment(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
    }
}
