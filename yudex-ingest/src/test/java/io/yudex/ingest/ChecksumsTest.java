package io.yudex.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksumsTest {

    @Nested
    class Sha256 {

        @Test
        void matchesTheKnownDigest(@TempDir Path dir) throws IOException {
            Path file = Files.write(dir.resolve("a.csv"), "abc".getBytes(UTF_8));
            assertThat(Checksums.sha256(file))
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        }

        @Test
        void sameContentUnderAnotherName_sameDigest_largerThanTheBuffer(@TempDir Path dir) throws IOException {
            byte[] content = "1,杭州\n".repeat(50_000).getBytes(UTF_8);
            Path first = Files.write(dir.resolve("first.csv"), content);
            Path second = Files.write(dir.resolve("resent.csv"), content);
            assertThat(Checksums.sha256(first)).isEqualTo(Checksums.sha256(second)).hasSize(64);
            content[content.length - 1] = ' ';
            Path changed = Files.write(dir.resolve("changed.csv"), content);
            assertThat(Checksums.sha256(changed)).isNotEqualTo(Checksums.sha256(first));
        }

        @Test
        void missingFile_isAnIoError(@TempDir Path dir) {
            assertThatThrownBy(() -> Checksums.sha256(dir.resolve("missing.csv"))).isInstanceOf(UncheckedIOException.class);
        }
    }
}
