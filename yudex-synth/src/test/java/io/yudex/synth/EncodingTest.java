package io.yudex.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EncodingTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    @Test
    void gb18030Output_decodesStrictlyToTheSameText() throws IOException {
        for (Dataset dataset : Dataset.values()) {
            Path gb = dir.resolve(dataset.id() + ".gb.csv");
            SyntheticData.write(dataset, 1_000, 3, 0.3, GB18030, gb);
            StringWriter expected = new StringWriter();
            SyntheticData.write(dataset, 1_000, 3, 0.3, expected);
            assertThat(strictDecode(Files.readAllBytes(gb), GB18030)).isEqualTo(expected.toString());
        }
    }

    @Test
    void utf8Output_decodesStrictlyToTheSameText() throws IOException {
        Path utf8 = dir.resolve("population.csv");
        SyntheticData.write(Dataset.POPULATION, 3_000, 3, 0.3, StandardCharsets.UTF_8, utf8);
        StringWriter expected = new StringWriter();
        SyntheticData.write(Dataset.POPULATION, 3_000, 3, 0.3, expected);
        assertThat(strictDecode(Files.readAllBytes(utf8), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void utf8Writer_encodesLikeTheJdk_includingSurrogatesAndBufferBoundaries() throws IOException {
        String text = "ab豫A１２𠀀x\uD800y\uDC00z" + "河南省".repeat(70_000) + "𠀀";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new Utf8Writer(out)) {
            for (int k = 0; k < text.length(); k += 997) {
                w.write(text, k, Math.min(997, text.length() - k));
            }
        }
        assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String strictDecode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
