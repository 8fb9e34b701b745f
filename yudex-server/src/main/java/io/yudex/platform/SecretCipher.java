package io.yudex.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.stereotype.Component;

/**
 * Seals short secrets (a provider database's password, say) for storage: SM4-GCM by default, AES-GCM by
 * configuration. The sealed form names its algorithm ({@code SM4-GCM:base64(iv ‖ ciphertext ‖ tag)}) so that what
 * was stored under one algorithm stays readable after the setting changes. The associated data binds a sealed value
 * to its purpose, so a value copied into another column does not open.
 */
@Component
public class SecretCipher {

    public enum Algorithm { SM4, AES }

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final Algorithm algorithm;
    private final byte[] key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(CryptoProperties crypto, YudexProperties yudex) {
        this.algorithm = crypto.algorithm();
        this.key = crypto.masterKey() != null && !crypto.masterKey().isBlank() ? decodeKey(crypto.masterKey())
                : loadOrCreate(crypto.keyFile() != null ? crypto.keyFile() : yudex.dataDir().resolve("keys/master.key"));
    }

    /** Seals {@code plaintext} for {@code purpose} (e.g. {@code "ingest_connection.password"}). */
    public String seal(String plaintext, String purpose) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(algorithm, Cipher.ENCRYPT_MODE, iv, purpose);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return algorithm.name() + "-GCM:" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal with " + algorithm + "-GCM", e);
        }
    }

    /**
     * Opens what {@link #seal} produced for the same purpose.
     *
     * @throws IllegalStateException when the value was sealed with another key or purpose, or was altered
     */
    public String open(String sealed, String purpose) {
        int colon = sealed.indexOf(':');
        if (colon < 0 || !sealed.substring(0, colon).endsWith("-GCM")) {
            throw new IllegalStateException("not a sealed value");
        }
        Algorithm used = Algorithm.valueOf(sealed.substring(0, colon - "-GCM".length()));
        byte[] in = Base64.getDecoder().decode(sealed.substring(colon + 1));
        try {
            byte[] iv = java.util.Arrays.copyOf(in, IV_BYTES);
            Cipher cipher = cipher(used, Cipher.DECRYPT_MODE, iv, purpose);
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the sealed value does not open with this platform's key (altered, or sealed elsewhere)", e);
        }
    }

    private Cipher cipher(Algorithm use, int mode, byte[] iv, String purpose) throws GeneralSecurityException {
        Cipher cipher = use == Algorithm.SM4 ? Cipher.getInstance("SM4/GCM/NoPadding", BC) : Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, use.name()), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] decodeKey(String base64) {
        byte[] k = Base64.getDecoder().decode(base64.strip());
        if (k.length != 16) {
            throw new IllegalStateException("yudex.crypto.master-key must be 16 bytes (128 bits) in base64, not " + k.length + " bytes");
        }
        return k;
    }

    /** Reads the key file, or creates it (owner-only) with a fresh random key on first start. */
    private byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return decodeKey(Files.readString(file));
            }
            Files.createDirectories(file.getParent());
            byte[] k = new byte[16];
            random.nextBytes(k);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException raced) {
                return decodeKey(Files.readString(file));
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(k));
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file, e);
        }
    }
}
