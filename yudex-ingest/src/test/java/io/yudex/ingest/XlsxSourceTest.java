package io.yudex.ingest;

import static io.yudex.ingest.Workbooks.DATE;
import static io.yudex.ingest.Workbooks.DATE_TIME;
import static io.yudex.ingest.Workbooks.PERCENT;
import static io.yudex.ingest.Workbooks.THOUSANDS;
import static io.yudex.ingest.Workbooks.TIME;
import static io.yudex.ingest.Workbooks.b;
import static io.yudex.ingest.Workbooks.error;
import static io.yudex.ingest.Workbooks.n;
import static io.yudex.ingest.Workbooks.row;
import static io.yudex.ingest.Workbooks.s;
import static io.yudex.ingest.Workbooks.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxSourceTest {

    @TempDir
    Path dir;

    private static List<SourceRecord> all(RowSource source) {
        try (source) {
            List<SourceRecord> records = new ArrayList<>();
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                records.add(r);
            }
            return records;
        }
    }

    private Path workbook(String... rows) throws IOException {
        return Workbooks.write(dir.resolve("w.xlsx"), sheet(rows));
    }

    @Nested
    class Header {

        @Test
        void isTheFirstNonEmptyRow_trimmed() throws IOException {
            Path file = workbook(row(2, s("A2", " ")), row(3, s("A3", " 姓名 "), s("B3", "age")), row(4, s("A4", "x"), n("B4", "1")));
            try (XlsxSource source = XlsxSource.open(file)) {
                assertThat(source.header()).containsExactly("姓名", "age");
                assertThat(source.next()).isEqualTo(new SourceRecord(4, List.of("x", "1"), null));
            }
        }

        @Test
        void gapInTheHeader_isRefused() throws IOException {
            Path file = workbook(row(1, s("A1", "id"), s("C1", "name")));
            assertThatThrownBy(() -> XlsxSource.open(file)).isInstanceOf(SourceFormatException.class)
                    .hasMessage("column 2 of the header in row 1 has no name");
        }

        @Test
        void emptySheet_isRefused() throws IOException {
            Path file = workbook();
            assertThatThrownBy(() -> XlsxSource.open(file)).isInstanceOf(SourceFormatException.class)
                    .hasMessage("the first sheet of the workbook has no header row");
        }
    }

    @Nested
    class Cells {

        @Test
        void numbersKeepEveryDigit_withoutScientificNotationOrTrailingZero() throws IOException {
            Path file = workbook(row(1, s("A1", "v")),
                    row(2, n("A2", "123456789012345678")), row(3, n("A3", "1.23456789012345678E17")),
                    row(4, n("A4", "42.0")), row(5, n("A5", "1.5E-3")), row(6, n("A6", "0.30000000000000004")),
                    row(7, n("A7", "-7")), row(8, n("A8", "1234.5", THOUSANDS)), row(9, n("A9", "0.125", PERCENT)));
            assertThat(all(XlsxSource.open(file))).extracting(r -> r.values().getFirst())
                    .containsExactly("123456789012345678", "123456789012345678", "42", "0.0015", "0.3", "-7", "1234.5", "0.125");
        }

        @Test
        void datesBecomeIsoText() throws IOException {
            // 44931 is 2023-01-05 in Excel's 1900 date system; .5 is noon
            Path file = workbook(row(1, s("A1", "d"), s("B1", "t"), s("C1", "time")),
                    row(2, n("A2", "44931", DATE), n("B2", "44931.5", DATE_TIME), n("C2", "0.3541666666666667", TIME)),
                    row(3, n("A3", "44931", DATE_TIME), n("B3", "44931.354166666664", DATE_TIME)));
            List<SourceRecord> records = all(XlsxSource.open(file));
            assertThat(records.get(0).values()).containsExactly("2023-01-05", "2023-01-05 12:00:00", "08:30:00");
            assertThat(records.get(1).values()).containsExactly("2023-01-05", "2023-01-05 08:30:00", null);
        }

        @Test
        void workbookIn1904DateSystem() throws IOException {
            Path file = Workbooks.write(dir.resolve("mac.xlsx"), sheet(row(1, s("A1", "d")), row(2, n("A2", "43469", DATE))), true);
            assertThat(all(XlsxSource.open(file)).getFirst().values()).containsExactly("2023-01-05");
        }

        @Test
        void missingCellsAreNull_andShortRowsArePadded() throws IOException {
            Path file = workbook(row(1, s("A1", "a"), s("B1", "b"), s("C1", "c")),
                    row(2, s("A2", "x"), s("C2", "z")), row(3, s("B3", "y")));
            assertThat(all(XlsxSource.open(file))).extracting(SourceRecord::values)
                    .containsExactly(Arrays.asList("x", null, "z"), Arrays.asList(null, "y", null));
        }

        @Test
        void booleansAndEmptyRows() throws IOException {
            Path file = workbook(row(1, s("A1", "ok")), row(2, b("A2", true)), row(3), row(5, b("A5", false)));
            List<SourceRecord> records = all(XlsxSource.open(file));
            assertThat(records).extracting(SourceRecord::line).containsExactly(2L, 5L);
            assertThat(records).extracting(r -> r.values().getFirst()).containsExactly("TRUE", "FALSE");
        }

        @Test
        void valueBeyondTheHeader_isMalformed() throws IOException {
            Path file = workbook(row(1, s("A1", "a")), row(2, s("A2", "x"), s("C2", "extra")));
            SourceRecord r = all(XlsxSource.open(file)).getFirst();
            assertThat(r.problem()).isEqualTo("has 3 fields, the header has 1");
            assertThat(r.values()).containsExactly("x", null, "extra");
        }

        @Test
        void errorCell_isMalformed_namingTheCell() throws IOException {
            Path file = workbook(row(1, s("A1", "a"), s("B1", "b")), row(2, n("A2", "1"), error("B2", "#DIV/0!")));
            assertThat(all(XlsxSource.open(file)).getFirst().problem()).isEqualTo("cell B2 holds the Excel error '#DIV/0!'");
        }
    }

    @Nested
    class Strings {

        @Test
        void sharedStrings_plainRichAndWithPhoneticRuns() throws IOException {
            String sst = "<si><t>名称</t></si><si><t xml:space=\"preserve\"> 杭州 </t></si>"
                    + "<si><r><rPr><b/></rPr><t>西湖</t></r><r><t>区</t></r><rPh sb=\"0\" eb=\"2\"><t>xihu</t></rPh></si>"
                    + "<si><t>line_x000D_break</t></si>";
            Path file = Workbooks.write(dir.resolve("sst.xlsx"), sheet(row(1, Workbooks.shared("A1", 0)),
                    row(2, Workbooks.shared("A2", 1)), row(3, Workbooks.shared("A3", 2)), row(4, Workbooks.shared("A4", 3))),
                    false, sst);
            try (XlsxSource source = XlsxSource.open(file)) {
                assertThat(source.header()).containsExactly("名称");
                assertThat(all(source)).extracting(r -> r.values().getFirst()).containsExactly(" 杭州 ", "西湖区", "line\rbreak");
            }
        }

        @Test
        void inlineRichTextWithPhoneticRun() throws IOException {
            String cell = "<c r=\"A2\" t=\"inlineStr\"><is><r><t>西湖</t></r><r><t>区</t></r><rPh><t>xihu</t></rPh></is></c>";
            Path file = workbook(row(1, s("A1", "a"), s("B1", "b")), row(2, cell, n("B2", "5")));
            assertThat(all(XlsxSource.open(file)).getFirst().values()).containsExactly("西湖区", "5");
        }

        @Test
        void sharedStringIndexOutOfRange_isAFormatError_thatDoesNotDumpTheTable() throws IOException {
            Path file = Workbooks.write(dir.resolve("bad.xlsx"), sheet(row(1, Workbooks.shared("A1", 0)),
                    row(2, Workbooks.shared("A2", 7))), false, "<si><t>a</t></si>");
            try (XlsxSource source = XlsxSource.open(file)) {
                assertThatThrownBy(source::next).isInstanceOf(SourceFormatException.class)
                        .hasMessage("not a valid XLSX workbook: a cell refers to shared string 7, but the table has 1");
            }
        }
    }

    @Nested
    class WrittenByPoi {

        @Test
        void sharedStringsDatesAndFormulas(@TempDir Path tmp) throws IOException {
            Path file = tmp.resolve("poi.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                CellStyle dateTime = wb.createCellStyle();
                dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d h:mm:ss"));
                Sheet sheet = wb.createSheet("人口");
                Row header = sheet.createRow(0);
                String[] names = {"区县", "人口", "日期", "时间", "合计"};
                for (int i = 0; i < names.length; i++) {
                    header.createCell(i).setCellValue(names[i]);
                }
                Row data = sheet.createRow(1);
                data.createCell(0).setCellValue("西湖区");
                data.createCell(1).setCellValue(1_234_567);
                data.createCell(2).setCellValue(LocalDate.of(2024, 2, 29));
                data.getCell(2).setCellStyle(date);
                data.createCell(3).setCellValue(LocalDateTime.of(2024, 2, 29, 23, 59, 58));
                data.getCell(3).setCellStyle(dateTime);
                data.createCell(4).setCellFormula("B2*2");
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                wb.write(out);
            }
            try (XlsxSource source = XlsxSource.open(file)) {
                assertThat(source.header()).containsExactly("区县", "人口", "日期", "时间", "合计");
                assertThat(source.next().values()).containsExactly("西湖区", "1234567", "2024-02-29", "2024-02-29 23:59:58", "2469134");
            }
        }
    }

    @Nested
    class Streaming {

        @Test
        void manyRows_crossChunks_inOrder_andProgressReachesTheFileSize() throws IOException {
            int rows = XlsxSheetReader.CHUNK_ROWS * (XlsxSource.QUEUED_CHUNKS + 3) + 7;
            StringBuilder xml = new StringBuilder();
            xml.append(row(1, s("A1", "n")));
            for (int i = 2; i <= rows + 1; i++) {
                xml.append(row(i, n("A" + i, Integer.toString(i))));
            }
            Path file = workbook(xml.toString());
            try (XlsxSource source = XlsxSource.open(file)) {
                long expected = 2;
                for (SourceRecord r = source.next(); r != null; r = source.next()) {
                    assertThat(r.line()).isEqualTo(expected);
                    assertThat(r.values().getFirst()).isEqualTo(Long.toString(expected));
                    expected++;
                }
                assertThat(expected - 2).isEqualTo(rows);
                assertThat(source.bytesRead()).isEqualTo(Files.size(file));
            }
        }

        @Test
        void closingEarly_stopsTheReaderThread() throws IOException, InterruptedException {
            StringBuilder xml = new StringBuilder(row(1, s("A1", "n")));
            for (int i = 2; i < 20_000; i++) {
                xml.append(row(i, n("A" + i, "1")));
            }
            Path file = workbook(xml.toString());
            XlsxSource source = XlsxSource.open(file);
            source.next();
            source.close();
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("xlsx-w.xlsx") && t.isAlive());
        }
    }

    @Nested
    class InvalidWorkbooks {

        @Test
        void notAZip() throws IOException {
            Path file = Files.writeString(dir.resolve("fake.xlsx"), "id,name\n1,x\n");
            assertThatThrownBy(() -> XlsxSource.open(file)).isInstanceOf(SourceFormatException.class)
                    .hasMessageStartingWith("not a valid XLSX workbook: ");
        }

        @Test
        void zipWithoutAWorkbook() throws IOException {
            Path file = Workbooks.zip(dir.resolve("other.xlsx"), Map.of("readme.txt", "hello"));
            assertThatThrownBy(() -> XlsxSource.open(file)).isInstanceOf(SourceFormatException.class)
                    .hasMessageStartingWith("not a valid XLSX workbook: ");
        }

        @Test
        void truncatedFile() throws IOException {
            Path good = workbook(row(1, s("A1", "a")), row(2, s("A2", "x")));
            byte[] bytes = Files.readAllBytes(good);
            Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
            assertThatThrownBy(() -> all(XlsxSource.open(cut))).isInstanceOf(SourceFormatException.class)
                    .hasMessageStartingWith("not a valid XLSX workbook: ");
        }

        @Test
        void brokenSheetXml_failsAfterTheRowsBeforeIt() throws IOException {
            String xml = sheet(row(1, s("A1", "a")), row(2, s("A2", "x"))).replace("</sheetData>", "<row r=\"3\"><c></sheetData>");
            try (XlsxSource source = XlsxSource.open(Workbooks.write(dir.resolve("broken.xlsx"), xml))) {
                assertThat(source.next().values()).containsExactly("x");
                assertThatThrownBy(source::next).isInstanceOf(SourceFormatException.class)
                        .hasMessageStartingWith("not a valid XLSX workbook: ");
            }
        }

        @Test
        void cellReferenceBeyondColumnXfd() throws IOException {
            Path file = workbook(row(1, s("A1", "a")), row(2, n("XFE2", "1")));
            try (XlsxSource source = XlsxSource.open(file)) {
                assertThatThrownBy(source::next).isInstanceOf(SourceFormatException.class)
                        .hasMessage("not a valid XLSX workbook: cell XFE2 lies beyond Excel's last column XFD");
            }
        }

        @Test
        void zipBomb_isRefused() throws IOException {
            // 4 MB of whitespace deflates about 1000:1, far past the 1:100 ratio a real sheet reaches
            String padding = " ".repeat(4 * 1024 * 1024);
            String xml = sheet(row(1, s("A1", "a")), row(2, s("A2", "x" + padding)));
            Path file = Workbooks.write(dir.resolve("bomb.xlsx"), xml);
            assertThat(Files.size(file)).isLessThan(100_000);
            assertThatThrownBy(() -> all(XlsxSource.open(file))).isInstanceOf(SourceFormatException.class)
                    .hasMessageContaining("not a valid XLSX workbook: ").hasMessageContaining("Zip bomb");
        }

        @Test
        void oldXlsViaSources_isRefusedBeforePoiSeesIt() throws IOException {
            byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
            Path file = Files.write(dir.resolve("old.xlsx"), ole2);
            assertThatThrownBy(() -> Sources.open(file, SourceFormat.XLSX, null)).isInstanceOf(SourceFormatException.class)
                    .hasMessageStartingWith("the file is an Excel 97-2003 (.xls) or password-protected workbook");
        }
    }

    @Nested
    class PlainNumber {

        @Test
        void integersStayAsWritten_exceptLeadingZerosAndNegativeZero() {
            assertThat(List.of("0", "123", "-45", "007", "-0", "-007", "1E+2", "-0.0", "120.50", "not a number"))
                    .extracting(XlsxCellFormatter::plainNumber)
                    .containsExactly("0", "123", "-45", "7", "0", "-7", "100", "0", "120.5", "not a number");
        }
    }
}
