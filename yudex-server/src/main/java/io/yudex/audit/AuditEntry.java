package io.yudex.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One entry of the audit log.
 *
 * @param index   its position in the log (0-based), also its leaf index in the Merkle tree
 * @param subject what the action was about (a resource code, an application id), or null
 * @param detail  further facts as text, or null
 */
public record AuditEntry(long index, Instant at, String actor, String action, String subject, String detail) {

    /** The bytes the leaf hash covers: every field, tab-separated, with the time in epoch milliseconds. */
    byte[] canonical() {
        return (index + "\t" + at.toEpochMilli() + "\t" + actor + "\t" + action + "\t" + nz(subject) + "\t" + nz(detail))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
