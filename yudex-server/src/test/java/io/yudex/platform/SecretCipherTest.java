package io.yudex.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    @TempDir
    Path dataDir;

    private SecretCipher cipher(SecretCipher.Algorithm algorithm) {
        var yudex = new YudexProperties(dataDir, false, 0, null, null);
        return new SecretCipher(new CryptoProperties(algorithm, null, null), yudex);
    }

    @Test
    void seal_withSm4_opensAgain_andNamesItsAlgorithm() {
        String sealed = cipher(SecretCipher.Algorithm.SM4).seal("口令-Secret1", "p");
        assertThat(sealed).startsWith("SM4-GCM:").doesNotContain("Secret1");
        assertThat(cipher(SecretCipher.Algorithm.SM4).open(sealed, "p")).isEqualTo("口令-Secret1");
    }

    @Test
    void seal_twice_givesDifferentCiphertexts() {
        SecretCipher c = cipher(SecretCipher.Algorithm.SM4);
        assertThat(c.seal("same", "p")).isNotEqualTo(c.seal("same", "p"));
    }

    @Test
    void open_afterSwitchingToAes_stillReadsSm4Values_andAesWorksToo() {
        String sm4 = cipher(SecretCipher.Algorithm.SM4).seal("old", "p");
        SecretCipher aes = cipher(SecretCipher.Algorithm.AES);
        assertThat(aes.open(sm4, "p")).isEqualTo("old");
        String sealed = aes.seal("new", "p");
        assertThat(sealed).startsWith("AES-GCM:");
        assertThat(aes.open(sealed, "p")).isEqualTo("new");
    }

    @Test
    void open_withAnotherPurposeOrAlteredText_isRefused() {
        SecretCipher c = cipher(SecretCipher.Algorithm.SM4);
        String sealed = c.seal("secret", "connection.password");
        assertThatThrownBy(() -> c.open(sealed, "user.password")).isInstanceOf(IllegalStateException.class);
        int at = sealed.indexOf(':') + 20; // inside the ciphertext, clear of base64 padding bits
        String altered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
        assertThatThrownBy(() -> c.open(altered, "connection.password")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyFile_isCreatedOnce_readableByTheOwnerOnly() throws Exception {
        String sealed = cipher(SecretCipher.Algorithm.SM4).seal("x", "p");
        Path key = dataDir.resolve("keys/master.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(cipher(SecretCipher.Algorithm.SM4).open(sealed, "p")).as("a new instance reads the same key").isEqualTo("x");
    }

    @Test
    void masterKey_ofTheWrongLength_isRefusedAtStart() {
        var yudex = new YudexProperties(dataDir, false, 0, null, null);
        assertThatThrownBy(() -> new SecretCipher(new CryptoProperties(SecretCipher.Algorithm.SM4, "c2hvcnQ=", null), yudex))
                .hasMessageContaining("16 bytes");
    }
}
