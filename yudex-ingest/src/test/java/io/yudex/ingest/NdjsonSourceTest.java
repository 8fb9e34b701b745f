package io.yudex.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NdjsonSourceTest {

    private static NdjsonSource ndjson(String text) {
        return new NdjsonSource(new ByteArrayInputStream(text.getBytes(UTF_8)), UTF_8);
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

    @Nested
    class Header {

        @Test
        void isTheKeysOfTheFirstObject_afterBlankLinesAndABom() {
            try (NdjsonSource source = ndjson("\uFEFF\n  \n{\"id\":1,\"名称\":\"杭州\"}\n")) {
                assertThat(source.header()).containsExactly("id", "名称");
                assertThat(source.next()).isEqualTo(new SourceRecord(3, List.of("1", "杭州"), null));
            }
        }

        @Test
        void brokenFirstLine_isRefused() {
            assertThatThrownBy(() -> ndjson("{\"id\":\n")).isInstanceOf(SourceFormatException.class)
                    .hasMessageStartingWith("line 1 is not valid JSON, so there is no header: ");
        }

        @Test
        void firstLineNotAnObject_isRefused() {
            assertThatThrownBy(() -> ndjson("[1]\n")).isInstanceOf(SourceFormatException.class)
                    .hasMessage("line 1 is an array, not a JSON object, so there is no header");
        }

        @Test
        void noObjectAtAll_isRefused() {
            assertThatThrownBy(() -> ndjson("\n \n")).isInstanceOf(SourceFormatException.class)
                    .hasMessage("the file has no JSON object to take the header from");
        }
    }

    @Nested
    class Records {

        @Test
        void oneObjectPerLine_withPhysicalLineNumbers_crlfToo() {
            List<SourceRecord> records = all(ndjson("{\"a\":1,\"b\":\"x\"}\r\n\r\n{\"b\":\"y\"}\r\n{\"a\":2.50,\"b\":null}"));
            assertThat(records).extracting(SourceRecord::line).containsExactly(1L, 3L, 4L);
            assertThat(records).extracting(SourceRecord::values)
                    .containsExactly(List.of("1", "x"), Arrays.asList(null, "y"), Arrays.asList("2.50", null));
        }

        @Test
        void lineLongerThanTheLimit_stopsTheSourceWithItsLineNumber() {
            String text = "{\"a\":1}\n{\"a\":\"" + "x".repeat(200) + "\"}\n";
            var source = new NdjsonSource(new ByteArrayInputStream(text.getBytes(UTF_8)), UTF_8, 100);
            assertThat(source.next().values()).containsExactly("1");
            assertThatThrownBy(source::next).isInstanceOf(SourceFormatException.class).hasMessageContaining("line 2 is longer than 100");
        }

        @Test
        void malformedLine_isAMalformedRecord_andReadingGoesOn() {
            List<SourceRecord> records = all(ndjson("{\"a\":1}\n{\"a\":\n{\"a\":3}\n"));
            assertThat(records).hasSize(3);
            assertThat(records.get(1).line()).isEqualTo(2);
            assertThat(records.get(1).problem()).startsWith("line 2 is not valid JSON: ");
            assertThat(records.get(1).values()).containsExactly("{\"a\":");
            assertThat(records.get(2)).isEqualTo(new SourceRecord(3, List.of("3"), null));
        }

        @Test
        void lineThatIsNotAnObject() {
            SourceRecord r = all(ndjson("{\"a\":1}\n42\n")).get(1);
            assertThat(r).isEqualTo(SourceRecord.malformed(2, List.of("42"), "line 2 is a number, not a JSON object"));
        }

        @Test
        void twoObjectsOnOneLine_isMalformed() {
            SourceRecord r = all(ndjson("{\"a\":1}\n{\"a\":2} {\"a\":3}\n")).get(1);
            assertThat(r.problem()).isEqualTo("line 2 has more than one JSON value");
        }

        @Test
        void unknownAndNestedFields() {
            List<SourceRecord> records = all(ndjson("{\"a\":1}\n{\"a\":1,\"b\":2}\n{\"a\":{\"x\":1}}\n"));
            assertThat(records).extracting(SourceRecord::problem).containsExactly(null, "unknown field 'b'",
                    "field 'a' is not a scalar (an object or array cannot go into a column)");
        }
    }
}
