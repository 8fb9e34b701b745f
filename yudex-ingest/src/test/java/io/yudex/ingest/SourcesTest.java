package io.yudex.ingest;

import static io.yudex.ingest.Workbooks.n;
import static io.yudex.ingest.Workbooks.row;
import static io.yudex.ingest.Workbooks.s;
import static io.yudex.ingest.Workbooks.sheet;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourcesTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    @TempDir
    Path dir;

    private static List<List<String>> rows(RowSource source) {
        try (source) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(source.header());
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                rows.add(r.values());
            }
            return rows;
        }
    }

    @Nested
    class Detect {

        @ParameterizedTest
        @CsvSource({"a.csv,CSV", "A.CSV,CSV", "a.tsv,TSV", "a.xlsx,XLSX", "a.json,JSON", "a.ndjson,NDJSON", "a.jsonl,NDJSON",
                "report.2023.csv,CSV"})
        void byExtension(String name, SourceFormat expected) {
            byte[] head = expected == SourceFormat.XLSX ? new byte[] {'P', 'K', 3, 4} : "x".getBytes(UTF_8);
            assertThat(Sources.detect(name, head)).isEqualTo(expected);
        }

        @Test
        void txt_isTsvWhenTheFirstLineHasATab_elseCsv() {
            assertThat(Sources.detect("export.txt", "a\tb\n1\t2\n".getBytes(UTF_8))).isEqualTo(SourceFormat.TSV);
            assertThat(Sources.detect("export.txt", "a,b\n1\t2\n".getBytes(UTF_8))).isEqualTo(SourceFormat.CSV);
        }

        @Test
        void byContent_whenTheNameSaysNothing() {
            assertThat(Sources.detect("upload", new byte[] {'P', 'K', 3, 4, 20})).isEqualTo(SourceFormat.XLSX);
            assertThat(Sources.detect("upload", "\uFEFF  \n[{\"a\":1}]".getBytes(UTF_8))).isEqualTo(SourceFormat.JSON);
            assertThat(Sources.detect("upload.dat", "{\"a\":1}\n{\"a\":2}".getBytes(UTF_8))).isEqualTo(SourceFormat.NDJSON);
            assertThat(Sources.detect(null, "a\tb\n".getBytes(UTF_8))).isEqualTo(SourceFormat.TSV);
            assertThat(Sources.detect("", "a,b\n".getBytes(UTF_8))).isEqualTo(SourceFormat.CSV);
            assertThat(Sources.detect("upload", "名称,地址\n".getBytes(GB18030))).isEqualTo(SourceFormat.CSV);
        }

        @Test
        void oldExcelWorkbook_isRefused_whateverItsName() {
            for (String name : List.of("old.xls", "renamed.xlsx", "renamed.csv", "upload")) {
                assertThatThrownBy(() -> Sources.detect(name, OLE2)).as(name).isInstanceOf(SourceFormatException.class)
                        .hasMessage("the file is an Excel 97-2003 (.xls) or password-protected workbook; save it in Excel as "
                                + ".xlsx without a password, or as CSV UTF-8");
            }
        }

        @Test
        void xlsThatIsAWebPage_isRefused_andARenamedXlsxIsAccepted() {
            assertThatThrownBy(() -> Sources.detect("report.xls", "<html><table>".getBytes(UTF_8)))
                    .isInstanceOf(SourceFormatException.class).hasMessageStartingWith("the file is named .xls but is not an Excel workbook");
            assertThat(Sources.detect("report.xls", new byte[] {'P', 'K', 3, 4})).isEqualTo(SourceFormat.XLSX);
        }

        @Test
        void binaryGarbage_isRefused_namingTheOffset() {
            byte[] binary = {'a', ',', 'b', '\n', 1, 0, 2};
            assertThatThrownBy(() -> Sources.detect("data.csv", binary)).isInstanceOf(SourceFormatException.class)
                    .hasMessage("the file is binary, not CSV text (a NUL byte at offset 5)");
        }

        @Test
        void zipNamedCsv_isRefused() {
            assertThatThrownBy(() -> Sources.detect("data.csv", new byte[] {'P', 'K', 3, 4, 0}))
                    .isInstanceOf(SourceFormatException.class)
                    .hasMessage("the file is a zip archive (perhaps an .xlsx workbook), not CSV text");
        }

        @Test
        void textNamedXlsx_isRefused() {
            assertThatThrownBy(() -> Sources.detect("data.xlsx", "a,b\n".getBytes(UTF_8)))
                    .isInstanceOf(SourceFormatException.class)
                    .hasMessage("not a valid XLSX workbook: the file is not a zip archive");
        }
    }

    @Nested
    class Open {

        @Test
        void gb18030Csv_isDetectedAndDecoded() throws IOException {
            Path file = Files.write(dir.resolve("人口.csv"), "区县,人口\n西湖区,\"1,234\"\n".getBytes(GB18030));
            assertThat(rows(Sources.open(file, null, null))).containsExactly(List.of("区县", "人口"), List.of("西湖区", "1,234"));
        }

        @Test
        void utf8CsvWithBom() throws IOException {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            Path file = Files.write(dir.resolve("a.csv"), concat(bom, "名称\n杭州\n".getBytes(UTF_8)));
            assertThat(rows(Sources.open(file, null, null))).containsExactly(List.of("名称"), List.of("杭州"));
        }

        @Test
        void utf16TabSeparatedText_fromExcelsUnicodeTextSave() throws IOException {
            Path file = Files.write(dir.resolve("export.txt"), "\uFEFF名称\t地址\r\n杭州\t西湖\r\n".getBytes(StandardCharsets.UTF_16LE));
            assertThat(rows(Sources.open(file, null, null))).containsExactly(List.of("名称", "地址"), List.of("杭州", "西湖"));
        }

        @Test
        void explicitFormatAndCharset_win() throws IOException {
            Path file = Files.write(dir.resolve("data.bin"), "a\tb\n1\t2\n".getBytes(UTF_8));
            assertThat(rows(Sources.open(file, SourceFormat.TSV, UTF_8))).containsExactly(List.of("a", "b"), List.of("1", "2"));
        }

        @Test
        void json_ndjson_andXlsx() throws IOException {
            Path json = Files.write(dir.resolve("a.json"), "[{\"名称\":\"杭州\"}]".getBytes(GB18030));
            Path ndjson = Files.writeString(dir.resolve("a.jsonl"), "{\"a\":1}\n{\"a\":2}\n");
            Path xlsx = Workbooks.write(dir.resolve("a.xlsx"), sheet(row(1, s("A1", "n")), row(2, n("A2", "7"))));
            assertThat(rows(Sources.open(json, null, null))).containsExactly(List.of("名称"), List.of("杭州"));
            assertThat(rows(Sources.open(ndjson, null, null))).containsExactly(List.of("a"), List.of("1"), List.of("2"));
            assertThat(rows(Sources.open(xlsx, null, null))).containsExactly(List.of("n"), List.of("7"));
        }

        @Test
        void emptyFile_isRefused() throws IOException {
            Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);
            assertThatThrownBy(() -> Sources.open(file, null, null)).isInstanceOf(SourceFormatException.class)
                    .hasMessage("the file is empty");
        }

        @Test
        void binaryWithExplicitTextFormat_isRefused() throws IOException {
            Path file = Files.write(dir.resolve("x.csv"), new byte[] {'a', 0, 'b'});
            assertThatThrownBy(() -> Sources.open(file, SourceFormat.CSV, UTF_8)).isInstanceOf(SourceFormatException.class)
                    .hasMessageStartingWith("the file is binary");
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] out = new byte[a.length + b.length];
            System.arraycopy(a, 0, out, 0, a.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }
}
