package io.yudex.catalog.census;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds census workbooks for tests, starting from the real template so the headers are the ones users get.
 * Valid rows vary the way users write terms (Chinese label, national code, enum name) and cell types (numbers).
 */
final class CensusWorkbook {

    static final String RESOURCES = "资源";
    static final String ITEMS = "信息项";

    /** Written once: building the template costs more than reading it back. */
    private static final byte[] TEMPLATE = CensusTemplate.bytes();

    private final XSSFWorkbook workbook;

    private CensusWorkbook(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static CensusWorkbook template() {
        try {
            return new CensusWorkbook(new XSSFWorkbook(new ByteArrayInputStream(TEMPLATE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template with {@code count} valid resources named {@code prefix + i}, each with three items. */
    static CensusWorkbook withValid(String prefix, int count) {
        CensusWorkbook wb = template();
        for (int i = 1; i <= count; i++) {
            wb.validResource(String.valueOf(i), prefix + i, i);
        }
        return wb;
    }

    /** Appends a valid resource and its three items; returns the Excel row of the resource. */
    int validResource(String seq, String name, int n) {
        int row = resource(validRow(seq, name, n));
        validItems(seq, n).forEach(this::item);
        return row;
    }

    /** Appends a row to 资源; values by header (without *); a Number becomes a numeric cell. Returns its Excel row. */
    int resource(Map<String, ?> values) {
        return append(RESOURCES, values);
    }

    int item(Map<String, ?> values) {
        return append(ITEMS, values);
    }

    int append(String sheetName, Map<String, ?> values) {
        Sheet sheet = workbook.getSheet(sheetName);
        Map<String, Integer> columns = columns(sheet);
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        values.forEach((header, value) -> {
            Integer index = columns.get(header);
            if (index == null) {
                throw new IllegalArgumentException("no column " + header + " in " + sheetName);
            }
            Cell cell = row.createCell(index);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        });
        return row.getRowNum() + 1;
    }

    XSSFWorkbook workbook() {
        return workbook;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid resource row; {@code n % 3} picks a base, theme or department resource with different sharing. */
    static Map<String, Object> validRow(String seq, String name, int n) {
        Map<String, Object> r = new HashMap<>();
        r.put("序号", seq);
        r.put("资源名称", name);
        r.put("摘要", "用于普查导入测试的资源，序号 " + seq + "。");
        r.put("联系人", "李四");
        r.put("联系邮箱", "lisi@example.gov.cn");
        switch (n % 3) {
            case 0 -> r.putAll(Map.of("资源分类", "基础信息资源", "所属库", "人口", "分类代码", 101001, "格式分类", "数据库",
                    "格式类型", "PostgreSQL", "共享类型", 1, "共享方式", "接口、库表", "开放类型", "不予开放", "更新周期", "每日"));
            case 1 -> r.putAll(Map.of("资源分类", "THEME", "所属库", "医疗健康", "分类代码", "208001", "格式分类", "电子表格",
                    "格式类型", "xlsx", "共享类型", "有条件共享", "共享条件", "仅用于医疗保障业务", "共享方式", "文件",
                    "开放类型", "2", "开放条件", "申请后开放"));
            default -> r.putAll(Map.of("资源分类", "3", "分类代码", "301001", "格式分类", "服务接口", "格式类型", "REST",
                    "共享类型", "NOT_SHARED", "不予共享依据", "涉及个人隐私，依法不予共享", "开放类型", "无条件开放", "更新周期", "每年"));
        }
        switch (n % 3) {
            case 0 -> r.putAll(Map.of("数据分级", "一般数据", "一般数据级别", 2, "标签", "人口、测试", "联系电话", 13800138000L));
            case 1 -> r.putAll(Map.of("更新周期", "MONTHLY", "数据分级", "重要数据", "联系电话", "0371-65500000"));
            default -> r.putAll(Map.of("数据分级", "3", "一般数据级别", "1", "标签", "接口,开放"));
        }
        return r;
    }

    /** Three valid items of resource {@code seq}: a key, a date and a memo. */
    static List<Map<String, Object>> validItems(String seq, int n) {
        return List.of(
                Map.of("资源序号", seq, "信息项名称", "zjhm", "中文名称", "证件号码", "数据类型", "字符型", "长度", 18,
                        "必填", "是", "主键", "是", "敏感级别", "个人信息"),
                Map.of("资源序号", seq, "信息项名称", "csrq", "中文名称", "出生日期", "数据类型", n % 2 == 0 ? "D" : "DATE",
                        "必填", "否", "主键", "否"),
                Map.of("资源序号", seq, "信息项名称", "bz", "中文名称", "备注", "数据类型", "MEMO", "必填", "N", "主键", "N",
                        "敏感级别", "不敏感"));
    }

    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : sheet.getRow(0)) {
            columns.put(cell.getStringCellValue().replace("*", ""), cell.getColumnIndex());
        }
        return columns;
    }
}
