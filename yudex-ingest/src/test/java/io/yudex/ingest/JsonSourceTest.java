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

class JsonSourceTest {

    private static JsonSource json(String text) {
        return new JsonSource(new ByteArrayInputStream(text.getBytes(UTF_8)), UTF_8);
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
        void isTheKeysOfTheFirstObject_inOrder() {
            try (JsonSource source = json("[{\"z\":1,\"a\":2,\"m\":3}]")) {
                assertThat(source.header()).containsExactly("z", "a", "m");
            }
        }

        @Test
        void emptyArray_hasNoColumnsAndNoRecords() {
            try (JsonSource source = json(" [ ] ")) {
                assertThat(source.header()).isEmpty();
                assertThat(source.next()).isNull();
            }
        }

        @Test
        void notAnArray_isRefused() {
            assertThatThrownBy(() -> json("{\"a\":1}")).isInstanceOf(SourceFormatException.class)
                    .hasMessage("a JSON source must be an array of objects, but it starts with an object");
        }

        @Test
        void firstElementNotAnObject_isRefused() {
            assertThatThrownBy(() -> json("[1,2]")).isInstanceOf(SourceFormatException.class)
                    .hasMessage("element 1 of the JSON array is a number, not an object, so there is no header");
        }

        @Test
        void duplicateKeyInTheFirstObject_isRefused() {
            assertThatThrownBy(() -> json("[{\"a\":1,\"a\":2}]")).isInstanceOf(SourceFormatException.class)
                    .hasMessageContaining("names 'a' twice");
        }
    }

    @Nested
    class Values {

        @Test
        void keepTheirTextualForm() {
            List<SourceRecord> records = all(json("""
                    [{"s":"杭州","i":12345678901234567890123,"f":0.1000,"e":1E+2,"t":true,"n":null},
                     {"s":"","i":-1,"f":-0.0,"e":2,"t":false,"n":"x"}]"""));
            assertThat(records.get(0).values()).containsExactly("杭州", "12345678901234567890123", "0.1000", "1E+2", "true", null);
            assertThat(records.get(1).values()).containsExactly("", "-1", "-0.0", "2", "false", "x");
            assertThat(records).extracting(SourceRecord::line).containsExactly(1L, 2L);
            assertThat(records).allMatch(SourceRecord::wellFormed);
        }

        @Test
        void missingKeysAreNull_andKeyOrderDoesNotMatter() {
            List<SourceRecord> records = all(json("[{\"a\":1,\"b\":2},{\"b\":3},{\"b\":5,\"a\":4}]"));
            assertThat(records).extracting(SourceRecord::values)
                    .containsExactly(List.of("1", "2"), Arrays.asList(null, "3"), List.of("4", "5"));
        }
    }

    @Nested
    class RecordProblems {

        @Test
        void unknownField() {
            SourceRecord r = all(json("[{\"a\":1},{\"a\":2,\"x\":3}]")).get(1);
            assertThat(r.problem()).isEqualTo("unknown field 'x'");
            assertThat(r.values()).containsExactly("2");
        }

        @Test
        void nestedValue_isNotAScalar_andTheRestIsStillRead() {
            List<SourceRecord> records = all(json("[{\"a\":{\"deep\":[1,{}]},\"b\":1},{\"a\":[1],\"b\":2},{\"a\":3,\"b\":4}]"));
            assertThat(records.get(0).problem()).isEqualTo("field 'a' is not a scalar (an object or array cannot go into a column)");
            assertThat(records.get(0).values()).containsExactly(null, "1");
            assertThat(records.get(1).problem()).startsWith("field 'a' is not a scalar");
            assertThat(records.get(2).wellFormed()).isTrue();
        }

        @Test
        void elementThatIsNotAnObject() {
            List<SourceRecord> records = all(json("[{\"a\":1},[1,2],\"x\",{\"a\":2}]"));
            assertThat(records).extracting(SourceRecord::problem)
                    .containsExactly(null, "element 2 is an array, not an object", "element 3 is a string, not an object", null);
            assertThat(records).extracting(SourceRecord::line).containsExactly(1L, 2L, 3L, 4L);
        }

        @Test
        void repeatedKey() {
            assertThat(all(json("[{\"a\":1},{\"a\":2,\"a\":3}]")).get(1).problem()).isEqualTo("field 'a' appears twice");
        }
    }

    @Nested
    class Malformed {

        @Test
        void brokenJson_endsTheSource_afterTheGoodRecords() {
            try (JsonSource source = json("[{\"a\":1},\n{\"a\":2},\n{\"a\" 3}]")) {
                assertThat(source.next().values()).containsExactly("1");
                assertThat(source.next().values()).containsExactly("2");
                assertThatThrownBy(source::next).isInstanceOf(SourceFormatException.class)
                        .hasMessageStartingWith("invalid JSON at line 3, column");
            }
        }

        @Test
        void truncatedArray() {
            try (JsonSource source = json("[{\"a\":1},{\"a\":")) {
                source.next();
                assertThatThrownBy(source::next).isInstanceOf(SourceFormatException.class)
                        .hasMessageStartingWith("invalid JSON");
            }
        }

        @Test
        void brokenFirstObject_failsOnOpen() {
            assertThatThrownBy(() -> json("[{\"a\":}]")).isInstanceOf(SourceFormatException.class)
                    .hasMessageStartingWith("invalid JSON at line 1");
        }
    }

    @Nested
    class Files_ {

        @Test
        void readsAGb18030File_andCountsBytes(@TempDir Path dir) throws IOException {
            Charset gb = Charset.forName("GB18030");
            byte[] bytes = "[{\"名称\":\"杭州\"},{\"名称\":\"宁波\"}]".getBytes(gb);
            Path file = Files.write(dir.resolve("cities.json"), bytes);
            try (JsonSource source = JsonSource.open(file, gb)) {
                assertThat(source.header()).containsExactly("名称");
                assertThat(all(source)).extracting(SourceRecord::values).containsExactly(List.of("杭州"), List.of("宁波"));
                assertThat(source.bytesRead()).isEqualTo(bytes.length);
            }
        }
    }
}
