package io.yudex.audit;

import io.yudex.auditlog.SignedCheckpoint;
import io.yudex.auditlog.Sm2;
import io.yudex.platform.YudexProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Signs checkpoints with the platform's SM2 key (GB/T 32918, curve sm2p256v1), kept under the data dir and created on
 * first start (owner-only). Anyone holding the public key verifies a checkpoint offline.
 */
@Component
public class AuditSigner {

    private final BigInteger privateKey;
    private final String publicKeyHex;

    AuditSigner(YudexProperties properties) {
        this.privateKey = loadOrCreate(properties.dataDir().resolve("keys/audit-sm2.key"));
        this.publicKeyHex = Sm2.publicKeyHex(privateKey);
    }

    SignedCheckpoint sign(long size, String rootHex, Instant at) {
        SignedCheckpoint unsigned = new SignedCheckpoint(size, rootHex, at, "");
        return new SignedCheckpoint(size, rootHex, at, Sm2.sign(privateKey, unsigned.signedBytes()));
    }

    /** The public key as an uncompressed point in hex ({@code 04 ‖ x ‖ y}). */
    public String publicKeyHex() {
        return publicKeyHex;
    }

    private static BigInteger loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return new BigInteger(Files.readString(file).strip(), 16);
            }
            Files.createDirectories(file.getParent());
            BigInteger d = Sm2.newPrivateKey();
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, d.toString(16));
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit key " + file, e);
        }
    }
}
