package io.yudex.auditlog;

import java.util.List;

/**
 * One entry with what proves it is in the log: its inclusion proof in the tree of the signed checkpoint.
 *
 * @param path hex hashes, bottom up (RFC 6962 §2.1.1)
 */
public record EntryReceipt(String format, AuditRecord entry, List<String> path, SignedCheckpoint checkpoint) {

    public static final String FORMAT = "yudex-audit-receipt/1";
}
