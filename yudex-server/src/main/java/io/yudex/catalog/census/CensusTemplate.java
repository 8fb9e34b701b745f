package io.yudex.catalog.census;

import io.yudex.catalog.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the census template: the 资源 and 信息项 data sheets (bold headers, {@code *} on required columns, one
 * example row, drop-down lists for controlled terms) and a 填写说明 sheet explaining every column and term.
 */
final class CensusTemplate {

    private static final List<String> RESOURCE_EXAMPLE = List.of(CensusReader.EXAMPLE, "全省户籍人口基本信息", "基础信息资源", "人口",
            "101001", "", "全省户籍人口的姓名、性别、出生日期等基本信息", "数据库", "PostgreSQL", "有条件共享", "仅用于政务服务办理", "",
            "接口、库表", "不予开放", "", "每日", "一般数据", "2", "人口、户籍", "", "张三", "0371-12345678", "zhangsan@example.gov.cn");
    /** Code columns are text-formatted: Excel would otherwise turn an 18-digit provider code into a rounded number. */
    private static final Set<CensusColumn> TEXT_COLUMNS = EnumSet.of(CensusColumn.CLASSIFICATION_CODE, CensusColumn.PROVIDER_CODE,
            CensusColumn.RELATED_CODES, CensusColumn.CONTACT_PHONE);
    private static final List<String> ITEM_EXAMPLE = List.of(CensusReader.EXAMPLE, "xm", "姓名", "字符型", "50", "是", "否", "个人信息");

    private CensusTemplate() {}

    static byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(workbook).write();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the census template in memory", e);
        }
    }

    private static final class Writer {

        private final XSSFWorkbook workbook;
        private final CellStyle bold;
        private final CellStyle example;
        private final CellStyle text;

        Writer(XSSFWorkbook workbook) {
            this.workbook = workbook;
            this.bold = style(true, false);
            this.example = style(false, true);
            this.text = workbook.createCellStyle();
            this.text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        }

        void write() {
            dataSheet(CensusSheet.RESOURCES, RESOURCE_EXAMPLE, CensusReader.MAX_RESOURCES);
            dataSheet(CensusSheet.ITEMS, ITEM_EXAMPLE, CensusReader.MAX_ITEM_ROWS);
            guide();
        }

        private void dataSheet(CensusSheet which, List<String> exampleValues, int maxRows) {
            XSSFSheet sheet = workbook.createSheet(which.title());
            List<CensusColumn> columns = CensusColumn.of(which);
            Row header = sheet.createRow(0);
            Row sample = sheet.createRow(1);
            for (int c = 0; c < columns.size(); c++) {
                cell(header, c, columns.get(c).templateHeader(), bold);
                cell(sample, c, exampleValues.get(c), example);
                sheet.setColumnWidth(c, 16 * 256);
                if (TEXT_COLUMNS.contains(columns.get(c))) {
                    sheet.setDefaultColumnStyle(c, text);
                }
                dropDown(sheet, columns.get(c), c, maxRows);
            }
            sheet.createFreezePane(0, 1);
        }

        /** A list validation on the term columns; Excel limits an explicit list to 255 characters, ours are far below. */
        private static void dropDown(XSSFSheet sheet, CensusColumn column, int index, int maxRows) {
            if (column.choices().isEmpty()) {
                return;
            }
            var helper = new XSSFDataValidationHelper(sheet);
            var constraint = helper.createExplicitListConstraint(column.choices().toArray(String[]::new));
            DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, maxRows, index, index));
            validation.setShowErrorBox(true);
            validation.createErrorBox(column.header(), "请从下拉列表中选择：" + String.join("、", column.choices()));
            sheet.addValidationData(validation);
        }

        private void guide() {
            Sheet sheet = workbook.createSheet(CensusSheet.GUIDE.title());
            int r = 0;
            r = line(sheet, r, bold, "普查登记填写说明");
            r = line(sheet, r, null, "1. 「资源」表每行一条信息资源，「信息项」表每行一个信息项，按“资源序号”关联到资源的“序号”。");
            r = line(sheet, r, null, "2. 带 * 的列必填；序号为“示例”的行不会导入，可保留或删除。");
            r = line(sheet, r, null, "3. 上传后逐行检查，文件中任何一处有误，整份文件都不会导入；导入的资源为草稿，需逐条提交审核。");
            r = line(sheet, r + 1, bold, "工作表", "列", "必填", "说明");
            for (CensusColumn column : CensusColumn.values()) {
                r = line(sheet, r, null, column.sheet().title(), column.header(), column.required() ? "是" : "否", column.note());
            }
            r = line(sheet, r + 1, bold, "列", "代码", "取值");
            for (CensusColumn column : CensusColumn.values()) {
                for (Vocabulary term : column.terms()) {
                    r = line(sheet, r, null, column.header(), term.code(), term.zh());
                }
            }
            sheet.setColumnWidth(0, 14 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            sheet.setColumnWidth(3, 60 * 256);
        }

        private static int line(Sheet sheet, int index, CellStyle style, String... values) {
            Row row = sheet.createRow(index);
            for (int c = 0; c < values.length; c++) {
                cell(row, c, values[c], style);
            }
            return index + 1;
        }

        private static void cell(Row row, int column, String value, CellStyle style) {
            var cell = row.createCell(column);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        private CellStyle style(boolean boldFont, boolean grey) {
            Font font = workbook.createFont();
            font.setBold(boldFont);
            font.setItalic(grey);
            if (grey) {
                font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            }
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            return style;
        }
    }
}
