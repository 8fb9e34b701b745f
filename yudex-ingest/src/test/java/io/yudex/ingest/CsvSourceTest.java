package io.yudex.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private static CsvSource csv(String text) {
        return new CsvSource(new ByteArrayInputStream(text.getBytes(UTF_8)), UTF_8, ',', CsvParser.DEFAULT_MAX_FIELD_CHARS);
    }

    private static List<SourceRecord> all(RowSource source) {
        try (source) {
            List<SourceRecord> records = new ArrayList<>();
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                records.add(r);
            }
            return records;
        }
    }

    private static List<List<String>> values(String text) {
        return all(csv(text)).stream().map(SourceRecord::values).toList();
    }

    @Nested
    class Header {

        @Test
        void namesAreTrimmed_andTheBomIsStripped() {
            try (CsvSource source = csv("\uFEFF 姓名 ,age\t, city\n")) {
                assertThat(source.header()).containsExactly("姓名", "age", "city");
            }
        }

        @Test
        void leadingEmptyLinesAreSkipped() {
            try (CsvSource source = csv("\n\r\n,,\na,b\n1,2\n")) {
                assertThat(source.header()).containsExactly("a", "b");
                assertThat(source.next().line()).isEqualTo(5);
            }
        }

        @Test
        void duplicateName_isRefused_namingBothColumns() {
            assertThatThrownBy(() -> csv("id,name,id\n"))
                    .isInstanceOf(SourceFormatException.class)
                    .hasMessage("the header on line 1 names 'id' twice (columns 1 and 3)");
        }

        @Test
        void emptyName_isRefused_namingTheColumn() {
            assertThatThrownBy(() -> csv("id, ,name\n"))
                    .isInstanceOf(SourceFormatException.class)
                    .hasMessage("column 2 of the header on line 1 has no name");
        }

        @Test
        void noHeaderAtAll_isRefused() {
            assertThatThrownBy(() -> csv("\n\n")).isInstanceOf(SourceFormatException.class)
                    .hasMessage("the file has no header row");
        }
    }

    @Nested
    class Records {

        @Test
        void readsPlainRows_withTheirLineNumbers() {
            List<SourceRecord> records = all(csv("a,b\n1,2\n3,4\n"));
            assertThat(records).extracting(SourceRecord::line).containsExactly(2L, 3L);
            assertThat(records).extracting(SourceRecord::values).containsExactly(List.of("1", "2"), List.of("3", "4"));
            assertThat(records).allMatch(SourceRecord::wellFormed);
        }

        @Test
        void quotedFields_keepSeparatorsDoubledQuotesAndNewlines() {
            assertThat(values("a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n\"line1\nline2\",\"\"\n"))
                    .containsExactly(List.of("x,y", "he said \"hi\""), List.of("line1\nline2", ""));
        }

        @Test
        void recordAfterAMultiLineField_reportsItsOwnStartLine() {
            List<SourceRecord> records = all(csv("a,b\n1,\"x\ny\r\nz\"\n2,3\n"));
            assertThat(records).extracting(SourceRecord::line).containsExactly(2L, 5L);
        }

        @Test
        void crlfLoneCrAndLf_allEndLines() {
            assertThat(values("a,b\r\n1,2\r\n3,4\r5,6\n7,8")).containsExactly(
                    List.of("1", "2"), List.of("3", "4"), List.of("5", "6"), List.of("7", "8"));
            assertThat(all(csv("a,b\r\n1,2\r\n\r\n3,4\r\n"))).extracting(SourceRecord::line).containsExactly(2L, 4L);
        }

        @Test
        void emptyLinesAndAllEmptyRowsAreSkipped_trailingEmptyLineIsNotARecord() {
            List<SourceRecord> records = all(csv("a,b\n\n1,2\n,\n\n3,4\n\n"));
            assertThat(records).extracting(SourceRecord::line).containsExactly(3L, 6L);
        }

        @Test
        void emptyFieldsAreEmptyStrings_includingATrailingOne() {
            assertThat(values("a,b,c\n,x,\n")).containsExactly(List.of("", "x", ""));
            assertThat(values("a,b\nx,")).containsExactly(List.of("x", ""));
        }

        @Test
        void valuesAreNotTrimmed_theConverterDoesThat() {
            assertThat(values("a\n  x  \n")).containsExactly(List.of("  x  "));
        }

        @Test
        void lenientQuoting_likeExcel() {
            assertThat(values("a,b\nab\"c,\"x\"y\n")).containsExactly(List.of("ab\"c", "xy"));
        }

        @Test
        void raggedRows_areMalformed_withTheValuesAsRead() {
            List<SourceRecord> records = all(csv("a,b,c\n1,2\n1,2,3,4\n1,2,3\n"));
            assertThat(records.get(0)).isEqualTo(SourceRecord.malformed(2, List.of("1", "2"), "has 2 fields, the header has 3"));
            assertThat(records.get(1).problem()).isEqualTo("has 4 fields, the header has 3");
            assertThat(records.get(1).values()).containsExactly("1", "2", "3", "4");
            assertThat(records.get(2).wellFormed()).isTrue();
            assertThat(all(csv("a,b\nx\n")).getFirst().problem()).isEqualTo("has 1 field, the header has 2");
        }

        @Test
        void tabSeparated() {
            CsvSource tsv = new CsvSource(new ByteArrayInputStream("a\tb\n1,5\t\"x\"\n".getBytes(UTF_8)), UTF_8, '\t',
                    CsvParser.DEFAULT_MAX_FIELD_CHARS);
            assertThat(all(tsv)).extracting(SourceRecord::values).containsExactly(List.of("1,5", "x"));
        }

        @Test
        void recordValuesCannotBeModified() {
            List<String> v = all(csv("a\n1\n")).getFirst().values();
            assertThatThrownBy(() -> v.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Failures {

        @Test
        void unbalancedQuote_namesTheLineWhereTheFieldStarted() {
            try (CsvSource source = csv("a,b\n1,2\n3,\"open\n4,5\n6,7\n")) {
                assertThat(source.next().values()).containsExactly("1", "2");
                assertThatThrownBy(source::next)
                        .isInstanceOf(SourceFormatException.class)
                        .hasMessage("line 3: a quoted field starts here but its closing quote is missing (the file ends inside it)");
            }
        }

        @Test
        void runawayField_isCutOffAtTheLimit() {
            String text = "a\n\"" + "x".repeat(200_000);
            try (CsvSource source = new CsvSource(new ByteArrayInputStream(text.getBytes(UTF_8)), UTF_8, ',', 100_000)) {
                assertThatThrownBy(source::next).isInstanceOf(SourceFormatException.class)
                        .hasMessage("line 2: a field is longer than 100000 characters; a quoted field probably lacks its closing quote");
            }
        }

        @Test
        void bytesInvalidForTheCharset_areAFormatError_notReplacementCharacters() {
            byte[] gbk = "名称\n杭州\n".getBytes(GB18030);
            assertThatThrownBy(() -> all(new CsvSource(new ByteArrayInputStream(gbk), UTF_8, ',', 1000)))
                    .isInstanceOf(SourceFormatException.class)
                    .hasMessageStartingWith("the file is not valid UTF-8 text (near line 1)");
        }
    }

    @Nested
    class Files_ {

        @Test
        void readsGb18030File_andCountsEveryByte(@TempDir Path dir) throws IOException {
            byte[] bytes = "姓名,城市\n张三,杭州\n李四,\"宁波,鄞州\"\n".getBytes(GB18030);
            Path file = Files.write(dir.resolve("people.csv"), bytes);
            try (CsvSource source = CsvSource.open(file, GB18030, ',')) {
                assertThat(source.header()).containsExactly("姓名", "城市");
                assertThat(source.next().values()).containsExactly("张三", "杭州");
                assertThat(source.next().values()).containsExactly("李四", "宁波,鄞州");
                assertThat(source.next()).isNull();
                assertThat(source.bytesRead()).isEqualTo(bytes.length);
            }
        }
    }

    @Nested
    class BufferBoundaries {

        private static final String TRICKY = "a,b,c\r\n\"q,\"\"uo\"\"te\r\nd\",plain,\"\"\r\n\r\nx\ry,\"z\"\n"
                + "long-unquoted-field-value,2,3\n\"\",,\"tail\"";

        @Test
        void everyBufferSize_givesTheSameRecordsAndLines() throws IOException {
            List<String> expected = parse(TRICKY, 1 << 16);
            assertThat(expected).extracting(r -> r.substring(0, r.indexOf(':'))).containsExactly("1", "2", "5", "6", "7", "8");
            assertThat(expected.get(1)).isEqualTo("2:[q,\"uo\"te\r\nd, plain, ]");
            for (int size = 1; size <= 24; size++) {
                assertThat(parse(TRICKY, size)).as("buffer of %d chars", size).isEqualTo(expected);
            }
        }

        @Test
        void byteTokenizer_givesTheCharacterTokenizersRecordsAndLines_forEveryBufferSize() throws IOException {
            String text = "\uFEFF" + TRICKY.replace("plain", "河南,\"郑州\"").replace("tail", "尾\"巴\"\"x\"") + "\n𠀀字,\"多\n行\"\n";
            List<String> expected = parse(text, 1 << 16);
            for (Charset charset : List.of(UTF_8, GB18030)) {
                for (int size = 4; size <= 40; size++) {
                    assertThat(parseBytes(text, charset, size)).as("%s, buffer of %d bytes", charset, size).isEqualTo(expected);
                }
            }
        }

        @Test
        void byteTokenizer_refusesBytesInvalidInTheCharset_onTheFieldThatHoldsThem() throws IOException {
            byte[] gbk = "a,b\n1,2\n3,杭州\n".getBytes(GB18030);
            CsvByteParser parser = new CsvByteParser(new ByteArrayInputStream(gbk), UTF_8, ',', 1000, 64);
            assertThat(parser.next()).containsExactly("a", "b");
            assertThat(parser.next()).containsExactly("1", "2");
            assertThatThrownBy(parser::next).isInstanceOf(java.nio.charset.CharacterCodingException.class);
            assertThat(parser.line()).isEqualTo(3);
        }

        @Test
        void byteTokenizer_keepsAReplacementCharacterThatIsReallyInTheFile() throws IOException {
            CsvByteParser parser = new CsvByteParser(new ByteArrayInputStream("a\n\uFFFD?\n".getBytes(UTF_8)), UTF_8, ',', 1000, 64);
            assertThat(parser.next()).containsExactly("a");
            assertThat(parser.next()).containsExactly("\uFFFD?");
        }

        @Test
        void byteTokenizer_countsCharactersNotBytes_forTheFieldLimit() throws IOException {
            String nine = "\"" + "河".repeat(9) + "\"\n";
            CsvByteParser fits = new CsvByteParser(new ByteArrayInputStream(nine.getBytes(UTF_8)), UTF_8, ',', 9, 4);
            assertThat(fits.next()).containsExactly("河".repeat(9));
            CsvByteParser gb = new CsvByteParser(new ByteArrayInputStream(nine.getBytes(GB18030)), GB18030, ',', 9, 4);
            assertThat(gb.next()).containsExactly("河".repeat(9));
            CsvByteParser tooLong = new CsvByteParser(new ByteArrayInputStream(("x\n" + nine).getBytes(UTF_8)), UTF_8, ',', 8, 4);
            assertThat(tooLong.next()).containsExactly("x");
            assertThatThrownBy(tooLong::next).isInstanceOf(SourceFormatException.class)
                    .hasMessage("line 2: a field is longer than 8 characters; a quoted field probably lacks its closing quote");
        }

        private List<String> parseBytes(String text, Charset charset, int bufferBytes) throws IOException {
            CsvByteParser parser = new CsvByteParser(new ByteArrayInputStream(text.getBytes(charset)), charset, ',', 1000, bufferBytes);
            List<String> out = new ArrayList<>();
            for (String[] fields = parser.next(); fields != null; fields = parser.next()) {
                out.add(parser.recordLine() + ":" + Arrays.toString(fields));
            }
            return out;
        }

        private List<String> parse(String text, int bufferChars) throws IOException {
            CsvParser parser = new CsvParser(Encodings.reader(new ByteArrayInputStream(text.getBytes(UTF_8)), UTF_8), ',', 1000, bufferChars);
            List<String> out = new ArrayList<>();
            for (String[] fields = parser.next(); fields != null; fields = parser.next()) {
                out.add(parser.recordLine() + ":" + Arrays.toString(fields));
            }
            return out;
        }
    }
}
