package io.yudex.audit;

import java.time.Instant;

/**
 * What an auditor searches the log by; every field may be null (no condition). {@code action} matches as a prefix
 * ({@code data.} finds every data access), the others exactly; {@code to} is exclusive.
 */
public record AuditQuery(String department, String resource, String client, String purpose, String action, String actor, Instant from,
        Instant to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null, null, null);
}
