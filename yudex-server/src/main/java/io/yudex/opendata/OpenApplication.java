package io.yudex.opendata;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An application of a public user for a conditionally open dataset: what they want it for, the period they asked for
 * and, once decided, the period approved ({@code approvedTo}, possibly earlier than asked) or the reason of a refusal.
 */
public record OpenApplication(long id, String resourceCode, String resourceName, long providerId, long userId, String username,
        String purpose, String scenario, boolean commitment, LocalDate requestedFrom, LocalDate requestedTo, LocalDate approvedTo,
        ApplicationStatus status, String reason, String decidedBy, Instant decidedAt, Instant createdAt) {

    /** Approved, and {@code day} lies within the approved period. */
    public boolean activeOn(LocalDate day) {
        return status == ApplicationStatus.APPROVED && !day.isBefore(requestedFrom) && !day.isAfter(approvedTo);
    }

    /** Approved but the period has ended by {@code day}. */
    public boolean expiredOn(LocalDate day) {
        return status == ApplicationStatus.APPROVED && day.isAfter(approvedTo);
    }

    /** One use of the data under the application, as the provider monitors it. */
    public record Access(long id, String kind, Long keyId, String detail, Instant at) {}
}
