package io.yudex.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingsTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Path file(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        return Files.write(dir.resolve("f.csv"), out.toByteArray());
    }

    @Nested
    class Detect {

        @Test
        void utf8WithoutBom() throws IOException {
            assertThat(Encodings.detect(file("名称,地址\n杭州,西湖\n".getBytes(UTF_8)))).isEqualTo(UTF_8);
        }

        @Test
        void utf8WithBom() throws IOException {
            assertThat(Encodings.detect(file(BOM, "名称\n".getBytes(UTF_8)))).isEqualTo(UTF_8);
        }

        @Test
        void gbkExport_isGb18030() throws IOException {
            assertThat(Encodings.detect(file("名称,地址\n杭州,西湖\n".getBytes(GB18030)))).isEqualTo(GB18030);
        }

        @Test
        void asciiOnly_isUtf8() throws IOException {
            assertThat(Encodings.detect(file("id,code\n1,A\n".getBytes(UTF_8)))).isEqualTo(UTF_8);
        }

        @Test
        void gbkTextAfterAnAsciiHead_isStillFound() throws IOException {
            byte[] asciiHead = ("id,code\n" + "1,A\n".repeat(40_000)).getBytes(UTF_8);
            assertThat(asciiHead.length).isGreaterThan(Encodings.HEAD_BYTES);
            assertThat(Encodings.detect(file(asciiHead, "2,杭州\n".getBytes(GB18030)))).isEqualTo(GB18030);
            assertThat(Encodings.detect(file(asciiHead, "2,杭州\n".getBytes(UTF_8)))).isEqualTo(UTF_8);
        }

        @Test
        void utf8CharacterCutByTheHeadBoundary_isNotAnError() throws IOException {
            byte[] pad = "x".repeat(Encodings.HEAD_BYTES - 1).getBytes(UTF_8);
            assertThat(Encodings.detect(file(pad, "杭州".getBytes(UTF_8)))).isEqualTo(UTF_8);
        }

        @Test
        void truncatedUtf8AtTheEnd_isNotUtf8() throws IOException {
            byte[] cut = {(byte) 0xE6, (byte) 0x9D};
            assertThat(Encodings.detect(file("abc,".getBytes(UTF_8), cut))).isEqualTo(GB18030);
        }

        @Test
        void utf16Bom_isUtf16() throws IOException {
            byte[] text = "\uFEFF名称\t地址\n".getBytes(StandardCharsets.UTF_16LE);
            assertThat(Encodings.detect(file(text))).isEqualTo(StandardCharsets.UTF_16LE);
        }

        @Test
        void emptyFile_isRefused() throws IOException {
            Path empty = file();
            assertThatThrownBy(() -> Encodings.detect(empty))
                    .isInstanceOf(SourceFormatException.class).hasMessage("the file is empty");
        }
    }

    @Nested
    class ReaderWithoutBom {

        @Test
        void skipsTheBom() throws IOException {
            byte[] bytes = concat(BOM, "ab".getBytes(UTF_8));
            try (Reader r = Encodings.reader(new ByteArrayInputStream(bytes), UTF_8)) {
                assertThat(r.read()).isEqualTo('a');
            }
        }

        @Test
        void keepsTheFirstCharacterWhenThereIsNoBom() throws IOException {
            try (Reader r = Encodings.reader(new ByteArrayInputStream("ab".getBytes(UTF_8)), UTF_8)) {
                assertThat(r.read()).isEqualTo('a');
            }
        }

        @Test
        void invalidBytesRaiseAnError() {
            byte[] bad = {'a', (byte) 0xFF, 'b'};
            assertThatThrownBy(() -> {
                try (Reader r = Encodings.reader(new ByteArrayInputStream(bad), UTF_8)) {
                    r.read(new char[10]);
                }
            }).isInstanceOf(CharacterCodingException.class);
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] out = new byte[a.length + b.length];
            System.arraycopy(a, 0, out, 0, a.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }
}
