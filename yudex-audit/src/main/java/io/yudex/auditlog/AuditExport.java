package io.yudex.auditlog;

import java.util.List;

/**
 * The audit log, or one archived segment of it, as a file anyone can verify offline: the entries from
 * {@code firstIndex} on, the {@code frontier} summing up every entry before them (empty when {@code firstIndex} is 0),
 * the signed checkpoints, and the platform's public key as the exporter claims it (the verifier trusts the key it is
 * given, not this one).
 *
 * @param frontier hex hashes, see {@link MerkleTree#frontier}
 */
public record AuditExport(String format, String publicKeyHex, long firstIndex, List<String> frontier, List<AuditRecord> entries,
        List<SignedCheckpoint> checkpoints) {

    public static final String FORMAT = "yudex-audit-export/1";

    public AuditExport {
        frontier = List.copyOf(frontier);
        entries = List.copyOf(entries);
        checkpoints = List.copyOf(checkpoints);
    }
}
