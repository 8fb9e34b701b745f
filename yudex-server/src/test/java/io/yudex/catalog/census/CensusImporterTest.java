package io.yudex.catalog.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.yudex.catalog.DataGrade;
import io.yudex.catalog.DataItem;
import io.yudex.catalog.DataType;
import io.yudex.catalog.FormatClass;
import io.yudex.catalog.Library;
import io.yudex.catalog.OpenType;
import io.yudex.catalog.ResourceClass;
import io.yudex.catalog.ResourceCommand;
import io.yudex.catalog.Sensitivity;
import io.yudex.catalog.ShareMode;
import io.yudex.catalog.ShareType;
import io.yudex.catalog.UpdateCycle;
import io.yudex.catalog.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CensusImporterTest {

    private static final String NOT_XLSX = "file is not a valid XLSX workbook";

    private static CensusImporter.Plan read(CensusWorkbook wb) {
        return CensusImporter.read(wb.bytes());
    }

    private static Map<String, Object> change(Map<String, Object> row, String header, Object value) {
        Map<String, Object> copy = new HashMap<>(row);
        copy.put(header, value);
        return copy;
    }

    @Nested
    class Template {

        private final XSSFWorkbook template = CensusWorkbook.template().workbook();

        @Test
        void template_hasTheDataSheetsAndTheGuideWithBoldHeadersMarkingRequiredColumns() {
            assertThat(Stream.of(0, 1, 2).map(template::getSheetName)).containsExactly("资源", "信息项", "填写说明");
            assertThat(header(template.getSheet("资源"))).containsExactly("序号*", "资源名称*", "资源分类*", "所属库", "分类代码*",
                    "提供方代码", "摘要*", "格式分类*", "格式类型*", "共享类型*", "共享条件", "不予共享依据", "共享方式", "开放类型*", "开放条件",
                    "更新周期*", "数据分级*", "一般数据级别", "标签", "关联资源代码", "联系人", "联系电话", "联系邮箱");
            assertThat(header(template.getSheet("信息项")))
                    .containsExactly("资源序号*", "信息项名称*", "中文名称*", "数据类型*", "长度", "必填", "主键", "敏感级别");
            Cell first = template.getSheet("资源").getRow(0).getCell(0);
            assertThat(template.getFontAt(first.getCellStyle().getFontIndex()).getBold()).isTrue();
        }

        @Test
        void template_marksItsExampleRowsSoTheyAreNotImported() {
            assertThat(template.getSheet("资源").getRow(1).getCell(0).getStringCellValue()).isEqualTo("示例");
            assertThat(template.getSheet("信息项").getRow(1).getCell(0).getStringCellValue()).isEqualTo("示例");
        }

        @Test
        void template_guideListsEveryAllowedValueOfEveryVocabulary() {
            String guide = text(template.getSheet("填写说明"));
            Stream.of(ResourceClass.values(), Library.values(), FormatClass.values(), ShareType.values(), ShareMode.values(),
                            OpenType.values(), UpdateCycle.values(), DataGrade.values(), DataType.values(), Sensitivity.values())
                    .flatMap(Stream::of).map(Vocabulary::zh)
                    .forEach(label -> assertThat(guide).contains(label));
            assertThat(guide).contains("共享条件", "有条件共享时必填", "敏感级别");
        }

        @Test
        void template_offersDropDownListsOnTermColumns() {
            List<? extends DataValidation> validations = template.getSheet("资源").getDataValidations();
            int shareTypeColumn = header(template.getSheet("资源")).indexOf("共享类型*");
            DataValidation shareType = validations.stream()
                    .filter(v -> Stream.of(v.getRegions().getCellRangeAddresses()).anyMatch(r -> r.getFirstColumn() == shareTypeColumn))
                    .findFirst().orElseThrow();
            assertThat(shareType.getValidationConstraint().getExplicitListValues()).containsExactly("无条件共享", "有条件共享", "不予共享");
            assertThat(validations).allSatisfy(v -> assertThat(String.join(",", v.getValidationConstraint().getExplicitListValues()))
                    .hasSizeLessThan(255));
        }

        @Test
        void template_uploadedAsDownloaded_importsNothingAndSaysSo() {
            CensusImporter.Plan plan = CensusImporter.read(CensusTemplate.bytes());
            assertThat(plan.entries()).isEmpty();
            assertThat(plan.problems()).singleElement().satisfies(p -> {
                assertThat(p.sheet()).isEqualTo("资源");
                assertThat(p.reason()).contains("no resources");
            });
        }

        private static List<String> header(Sheet sheet) {
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            return headers;
        }

        private static String text(Sheet sheet) {
            StringBuilder all = new StringBuilder();
            for (Row row : sheet) {
                row.forEach(c -> all.append(c.getStringCellValue()).append('|'));
            }
            return all.toString();
        }
    }

    @Nested
    class ValidFile {

        @Test
        void read_validFile_buildsOneCommandPerResourceWithItsItems() {
            CensusImporter.Plan plan = read(CensusWorkbook.withValid("资源", 6));

            assertThat(plan.problems()).isEmpty();
            assertThat(plan.entries()).extracting(CensusEntry::seq).containsExactly("1", "2", "3", "4", "5", "6");
            assertThat(plan.entries()).extracting(CensusEntry::row).containsExactly(3, 4, 5, 6, 7, 8);
            assertThat(plan.entries()).allSatisfy(e -> {
                assertThat(e.command().items()).extracting(DataItem::name).containsExactly("zjhm", "csrq", "bz");
                assertThat(e.itemRows()).hasSize(3);
            });
            assertThat(plan.entries().getFirst().itemRows()).containsExactly(3, 4, 5);
        }

        @Test
        void read_numericCells_readAsWrittenNotAsDecimals() {
            ResourceCommand base = read(CensusWorkbook.withValid("数值", 3)).entries().get(2).command();

            assertThat(base.classificationCode()).isEqualTo("101001");
            assertThat(base.shareType()).isEqualTo(ShareType.UNCONDITIONAL);
            assertThat(base.dataGradeLevel()).isEqualTo(2);
            assertThat(base.contact().phone()).isEqualTo("13800138000");
            assertThat(base.items().getFirst().length()).isEqualTo(18);
        }

        @Test
        void read_termsByChineseLabelNationalCodeOrEnumName_andListsSplitOnEitherComma() {
            List<CensusEntry> entries = read(CensusWorkbook.withValid("术语", 3)).entries();
            ResourceCommand theme = entries.get(0).command();
            ResourceCommand department = entries.get(1).command();
            ResourceCommand base = entries.get(2).command();

            assertThat(theme.resourceClass()).isEqualTo(ResourceClass.THEME);
            assertThat(theme.library()).isEqualTo(Library.HEALTH);
            assertThat(theme.openType()).isEqualTo(OpenType.CONDITIONAL);
            assertThat(theme.updateCycle()).isEqualTo(UpdateCycle.MONTHLY);
            assertThat(department.resourceClass()).isEqualTo(ResourceClass.DEPARTMENT);
            assertThat(department.shareType()).isEqualTo(ShareType.NOT_SHARED);
            assertThat(department.dataGrade()).isEqualTo(DataGrade.GENERAL);
            assertThat(department.tags()).containsExactly("接口", "开放");
            assertThat(base.shareModes()).containsExactlyInAnyOrder(ShareMode.INTERFACE, ShareMode.TABLE);
            assertThat(base.tags()).containsExactly("人口", "测试");
        }

        @Test
        void read_itemFlags_keyImpliesRequiredAndBlankSensitivityIsNone() {
            List<DataItem> items = read(CensusWorkbook.withValid("信息项", 1)).entries().getFirst().command().items();

            assertThat(items).extracting(DataItem::required, DataItem::key, DataItem::sensitivity, DataItem::dataType).containsExactly(
                    tuple(true, true, Sensitivity.PERSONAL, DataType.CHARACTER),
                    tuple(false, false, Sensitivity.NONE, DataType.DATE),
                    tuple(false, false, Sensitivity.NONE, DataType.MEMO));
        }

        @Test
        void read_blankRowsBetweenResources_areSkipped() {
            CensusWorkbook wb = CensusWorkbook.withValid("空行", 1);
            Sheet sheet = wb.workbook().getSheet("资源");
            sheet.createRow(sheet.getLastRowNum() + 1).createCell(3).setCellValue("  ");
            wb.validResource("2", "空行2", 2);

            CensusImporter.Plan plan = read(wb);
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.entries()).extracting(CensusEntry::row).containsExactly(3, 5);
        }
    }

    @Nested
    class Problems {

        @Test
        void read_unknownShareTypeLabel_namesTheAllowedLabelsOnceAtTheCell() {
            CensusWorkbook wb = CensusWorkbook.withValid("类型", 2);
            int row = wb.resource(change(CensusWorkbook.validRow("3", "类型3", 3), "共享类型", "随便共享"));
            CensusWorkbook.validItems("3", 3).forEach(wb::item);

            assertThat(read(wb).problems()).singleElement().satisfies(p -> {
                assertThat(p).extracting(CensusProblem::sheet, CensusProblem::row, CensusProblem::column)
                        .containsExactly("资源", row, "共享类型");
                assertThat(p.reason()).contains("随便共享", "无条件共享、有条件共享、不予共享");
            });
        }

        @Test
        void read_conditionalShareWithoutConditions_isReportedAtTheConditionsColumn() {
            CensusWorkbook wb = CensusWorkbook.template();
            int row = wb.resource(change(CensusWorkbook.validRow("1", "条件", 1), "共享条件", null));
            CensusWorkbook.validItems("1", 1).forEach(wb::item);

            assertThat(read(wb).problems()).extracting(CensusProblem::sheet, CensusProblem::row, CensusProblem::column, CensusProblem::reason)
                    .containsExactly(tuple("资源", row, "共享条件", "is required"));
        }

        @Test
        void read_missingRequiredCells_areReportedEachAtItsColumn() {
            CensusWorkbook wb = CensusWorkbook.template();
            Map<String, Object> values = change(change(CensusWorkbook.validRow("1", "缺失", 0), "资源名称", null), "更新周期", " ");
            int row = wb.resource(values);
            CensusWorkbook.validItems("1", 0).forEach(wb::item);

            assertThat(read(wb).problems()).extracting(CensusProblem::row, CensusProblem::column)
                    .containsExactly(tuple(row, "资源名称"), tuple(row, "更新周期"));
        }

        @Test
        void read_itemOfUnknownResource_isReportedAtItsRow() {
            CensusWorkbook wb = CensusWorkbook.withValid("孤儿", 1);
            int row = wb.item(CensusWorkbook.validItems("99", 1).getFirst());

            assertThat(read(wb).problems()).singleElement()
                    .extracting(CensusProblem::sheet, CensusProblem::row, CensusProblem::column)
                    .containsExactly("信息项", row, "资源序号");
        }

        @Test
        void read_badItemCells_areReportedAtTheItemRowAndColumn() {
            CensusWorkbook wb = CensusWorkbook.template();
            wb.resource(CensusWorkbook.validRow("1", "信息项错误", 0));
            int name = wb.item(Map.of("资源序号", "1", "信息项名称", "1abc", "中文名称", "编号", "数据类型", "字符型"));
            int type = wb.item(Map.of("资源序号", "1", "信息项名称", "mc", "中文名称", "名称", "数据类型", "文本型"));
            int flags = wb.item(Map.of("资源序号", 1, "信息项名称", "rq", "中文名称", "日期", "数据类型", "D", "长度", "长", "必填", "也许"));

            assertThat(read(wb).problems()).extracting(CensusProblem::sheet, CensusProblem::row, CensusProblem::column).containsExactly(
                    tuple("信息项", name, "信息项名称"), tuple("信息项", type, "数据类型"),
                    tuple("信息项", flags, "长度"), tuple("信息项", flags, "必填"));
        }

        @Test
        void read_resourceWithoutItems_isReportedAtItsSeq() {
            CensusWorkbook wb = CensusWorkbook.template();
            int row = wb.resource(CensusWorkbook.validRow("1", "无信息项", 0));

            assertThat(read(wb).problems()).singleElement().satisfies(p -> {
                assertThat(p).extracting(CensusProblem::row, CensusProblem::column).containsExactly(row, "序号");
                assertThat(p.reason()).contains("at least one data item");
            });
        }

        @Test
        void read_duplicateSeq_isReportedAtTheSecondRow() {
            CensusWorkbook wb = CensusWorkbook.withValid("序号", 1);
            int row = wb.resource(CensusWorkbook.validRow("1", "序号重复", 2));

            assertThat(read(wb).problems()).singleElement()
                    .extracting(CensusProblem::row, CensusProblem::column).containsExactly(row, "序号");
        }

        @Test
        void read_duplicateNamesWithinTheFile_areReportedBeforeTouchingTheCatalog() {
            CensusWorkbook wb = CensusWorkbook.template();
            int first = wb.validResource("1", "同名资源", 1);
            int second = wb.validResource("2", "同名资源", 2);

            assertThat(read(wb).problems()).singleElement().satisfies(p -> {
                assertThat(p).extracting(CensusProblem::row, CensusProblem::column).containsExactly(second, "资源名称");
                assertThat(p.reason()).contains("row " + first);
            });
        }

        @Test
        void read_oneBadRowAmongGoodOnes_reportsOnlyThatRow() {
            CensusWorkbook wb = CensusWorkbook.withValid("混合", 4);
            int bad = wb.resource(change(CensusWorkbook.validRow("5", "混合5", 0), "分类代码", "201001"));
            CensusWorkbook.validItems("5", 0).forEach(wb::item);
            wb.validResource("6", "混合6", 6);

            CensusImporter.Plan plan = read(wb);
            assertThat(plan.problems()).extracting(CensusProblem::row, CensusProblem::column).containsExactly(tuple(bad, "分类代码"));
        }

        @Test
        void read_missingRequiredHeader_isReportedInTheHeaderRow() {
            CensusWorkbook wb = CensusWorkbook.withValid("表头", 1);
            wb.workbook().getSheet("资源").getRow(0).getCell(9).setCellValue("共享");

            assertThat(read(wb).problems()).extracting(CensusProblem::sheet, CensusProblem::row, CensusProblem::column)
                    .containsExactly(tuple("资源", 1, "共享类型"));
        }

        @Test
        void read_moreThanFiveThousandResources_isRefusedWithOneProblem() {
            CensusWorkbook wb = CensusWorkbook.template();
            for (int i = 1; i <= CensusReader.MAX_RESOURCES + 1; i++) {
                wb.resource(Map.of("序号", i, "资源名称", "大量" + i));
            }

            assertThat(read(wb).problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("too many rows"));
        }
    }

    @Nested
    class BrokenFiles {

        @Test
        void read_garbageBytes_isOneNotAWorkbookProblem() {
            assertNotAWorkbook("这不是表格 not a spreadsheet".getBytes(StandardCharsets.UTF_8));
            assertNotAWorkbook(new byte[0]);
        }

        @Test
        void read_zipThatIsNotAWorkbook_isOneNotAWorkbookProblem() throws IOException {
            assertNotAWorkbook(zip("hello.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        void read_legacyXls_isOneNotAWorkbookProblem() throws IOException {
            try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                xls.createSheet("资源");
                xls.write(out);
                assertNotAWorkbook(out.toByteArray());
            }
        }

        @Test
        void read_zipBomb_isRefusedBeforePoiInflatesIt() throws IOException {
            byte[] zeros = new byte[(int) ZipGuard.MAX_INFLATED_BYTES / 4 + 1];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (int i = 0; i < 4; i++) {
                    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
                    zip.write(zeros);
                    zip.closeEntry();
                }
            }
            assertThat(out.size()).isLessThan(1024 * 1024);
            assertNotAWorkbook(out.toByteArray());
        }

        @Test
        void read_workbookWithoutSheets_namesTheMissingSheets() throws IOException {
            try (XSSFWorkbook empty = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                empty.write(out);
                assertThat(CensusImporter.read(out.toByteArray()).problems())
                        .extracting(CensusProblem::sheet, CensusProblem::row).containsExactly(tuple("资源", 0), tuple("信息项", 0));
            }
        }

        private static void assertNotAWorkbook(byte[] bytes) {
            assertThat(CensusImporter.read(bytes).problems()).containsExactly(new CensusProblem("", 0, "", NOT_XLSX));
        }

        private static byte[] zip(String name, byte[] content) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
                zip.closeEntry();
            }
            return out.toByteArray();
        }
    }
}
