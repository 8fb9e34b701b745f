package io.yudex.auditlog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One entry of the audit log: the leaf {@code index} of the Merkle tree, whose leaf hash is
 * {@code MerkleTree.leafHash(canonical())}.
 *
 * @param format     1 for entries written before the structured fields existed (their canonical form has only the
 *                   first six fields), 2 since
 * @param index      the position in the log, 0-based
 * @param subject    what the action was about (a resource code, an application id), or null
 * @param detail     further facts as text, or null
 * @param department the acting department's code, or null
 * @param resource   the catalog resource concerned, or null
 * @param client     the API client id when a system acted, or null
 * @param purpose    the purpose of the grant used, or null
 * @param rows       how many rows left the platform (data access only), or null
 * @param lookup     the filter values of a data access (what was looked up), or null
 */
public record AuditRecord(int format, long index, Instant at, String actor, String action, String subject, String detail,
        String department, String resource, String client, String purpose, Long rows, String lookup) {

    public static final int CURRENT_FORMAT = 2;

    /** A new entry's facts, before the log gives it an index and a time. */
    public static AuditRecord of(String actor, String action, String subject, String detail) {
        return new AuditRecord(CURRENT_FORMAT, -1, null, actor, action, subject, detail, null, null, null, null, null, null);
    }

    public AuditRecord at(long newIndex, Instant time) {
        return new AuditRecord(format, newIndex, time, actor, action, subject, detail, department, resource, client, purpose, rows, lookup);
    }

    public AuditRecord withContext(String newDepartment, String newResource, String newClient, String newPurpose, Long newRows,
            String newLookup) {
        return new AuditRecord(format, index, at, actor, action, subject, detail, newDepartment, newResource, newClient, newPurpose, newRows,
                newLookup);
    }

    /**
     * The bytes the leaf hash covers. Format 2: {@code v2} and every field, tab-separated, escaped so that no text can
     * move from one field into another ({@code \\}, {@code \t}, {@code \n}; null is {@code \0}), the time in epoch
     * milliseconds. Format 1 (kept for old entries): the first six fields unescaped.
     */
    public byte[] canonical() {
        String text = format == 1
                ? index + "\t" + at.toEpochMilli() + "\t" + actor + "\t" + action + "\t" + nz(subject) + "\t" + nz(detail)
                : String.join("\t", "v2", Long.toString(index), Long.toString(at.toEpochMilli()), esc(actor), esc(action), esc(subject),
                        esc(detail), esc(department), esc(resource), esc(client), esc(purpose), rows == null ? "\\0" : rows.toString(),
                        esc(lookup));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] leafHash() {
        return MerkleTree.leafHash(canonical());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String esc(String s) {
        if (s == null) {
            return "\\0";
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
