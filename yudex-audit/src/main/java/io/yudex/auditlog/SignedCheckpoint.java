package io.yudex.auditlog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement of the log's state: its size and Merkle root at a time, signed with the platform's SM2 key over
 * {@link #signedText()}.
 *
 * @param rootHash  lower-case hex SM3
 * @param signature base64 DER SM2 signature
 */
public record SignedCheckpoint(long treeSize, String rootHash, Instant signedAt, String signature) {

    /** {@code yudex-audit-checkpoint\n<size>\n<root hex>\n<epoch millis>}: what the signature covers. */
    public String signedText() {
        return "yudex-audit-checkpoint\n" + treeSize + "\n" + rootHash + "\n" + signedAt.toEpochMilli();
    }

    public byte[] signedBytes() {
        return signedText().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the signature verifies against the SM2 public key given in hex; false for any malformed input. */
    public boolean verifies(String publicKeyHex) {
        return Sm2.verify(publicKeyHex, signedBytes(), signature);
    }
}
