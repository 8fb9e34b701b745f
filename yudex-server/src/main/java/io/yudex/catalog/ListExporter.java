package io.yudex.catalog;

import io.yudex.platform.TableDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The share and open lists as tables with Chinese headers, for CSV and XLSX downloads. */
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
        TableDownload.csv(header(), cells(rows), out);
    }

    public static void xlsx(List<Resource> rows, String sheetName, OutputStream out) throws IOException {
        TableDownload.xlsx(header(), cells(rows), sheetName, out);
    }

    /**
     * Sends the rows as a download named {@code fileBase}.csv or .xlsx.
     *
     * @throws io.yudex.platform.InvalidInputException for a format other than csv or xlsx
     */
    public static void download(List<Resource> rows, String format, String fileBase, String sheetName, HttpServletResponse response)
            throws IOException {
        TableDownload.send(header(), cells(rows), format, fileBase, sheetName, response);
    }

    private static List<String> header() {
        return COLUMNS.stream().map(Column::header).toList();
    }

    private static List<List<String>> cells(List<Resource> rows) {
        return rows.stream().map(r -> COLUMNS.stream().map(c -> c.value().apply(r)).toList()).toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
