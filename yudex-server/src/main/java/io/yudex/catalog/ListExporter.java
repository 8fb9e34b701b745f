package io.yudex.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes the share or open list as CSV (UTF-8 with BOM, so Excel reads the Chinese) or streaming XLSX. */
public final class ListExporter {

    private record Column(String header, Function<Resource, String> value) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("资源代码", Resource::code),
            new Column("资源名称", Resource::name),
            new Column("资源分类", r -> r.resourceClass().zh()),
            new Column("所属库", r -> r.library() == null ? "" : r.library().zh()),
            new Column("分类代码", Resource::classificationCode),
            new Column("提供方", Resource::providerName),
            new Column("提供方代码", Resource::providerCode),
            new Column("摘要", Resource::summary),
            new Column("格式", r -> r.formatClass().zh() + "/" + r.formatType()),
            new Column("信息项", r -> r.items().stream().map(DataItem::label).collect(Collectors.joining("、"))),
            new Column("共享类型", r -> r.shareType().zh()),
            new Column("共享条件", r -> nullToEmpty(r.shareConditions())),
            new Column("不予共享依据", r -> nullToEmpty(r.shareLegalBasis())),
            new Column("共享方式", r -> r.shareModes().stream().sorted().map(ShareMode::zh).collect(Collectors.joining("、"))),
            new Column("开放类型", r -> r.openType().zh()),
            new Column("开放条件", r -> nullToEmpty(r.openConditions())),
            new Column("更新周期", r -> r.updateCycle().zh()),
            new Column("发布日期", r -> r.releaseDate() == null ? "" : r.releaseDate().toString()),
            new Column("数据分级", r -> r.gradeLabel(true)),
            new Column("标签", r -> String.join("、", r.tags())));

    private ListExporter() {}

    public static void csv(List<Resource> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write(COLUMNS.stream().map(c -> csvCell(c.header())).collect(Collectors.joining(",")));
        w.write("\r\n");
        for (Resource r : rows) {
            w.write(COLUMNS.stream().map(c -> csvCell(c.value().apply(r))).collect(Collectors.joining(",")));
            w.write("\r\n");
        }
        w.flush();
    }

    public static void xlsx(List<Resource> rows, String sheetName, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).header());
            }
            int n = 1;
            for (Resource r : rows) {
                Row row = sheet.createRow(n++);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    row.createCell(c).setCellValue(COLUMNS.get(c).value().apply(r));
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /** Quotes a CSV cell; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
    /**
     * Sends the rows as a download named {@code fileBase}.csv or .xlsx.
     *
     * @throws IllegalArgumentException for a format other than csv or xlsx
     */
    public static void download(List<Resource> rows, String format, String fileBase, String sheetName,
            jakarta.servlet.http.HttpServletResponse response) throws IOException {
        switch (format) {
            case "csv" -> {
                attachment(response, "text/csv;charset=UTF-8", fileBase + ".csv");
                csv(rows, response.getOutputStream());
            }
            case "xlsx" -> {
                attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileBase + ".xlsx");
                xlsx(rows, sheetName, response.getOutputStream());
            }
            default -> throw new IllegalArgumentException("format must be json, csv or xlsx");
        }
    }

    private static void attachment(jakarta.servlet.http.HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString());
    }

    static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
