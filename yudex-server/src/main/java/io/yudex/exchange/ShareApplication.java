package io.yudex.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A department's application to use a published resource.
 *
 * @param rowScope     a GB/T 2260 region code the rows are limited to (the region column starts with it), or null for all
 * @param dueDate      the last working day for the provider's decision (SUBMITTED only), or null
 * @param grantedItems the items granted (may be fewer than asked), or empty until approved
 * @param grantedUntil the validity granted (may be shorter than asked), or null until approved
 */
public record ShareApplication(long id, String resourceCode, String resourceName, long providerId, long consumerDepartmentId,
        String consumerDepartmentName, String applicant, List<String> items, String purpose, String basis, String rowScope,
        Set<AccessMode> modes, LocalDate validUntil, ApplicationStatus status, LocalDate dueDate, String decidedBy,
        Instant decidedAt, String decisionReason, List<String> grantedItems, LocalDate grantedUntil, Long grantId, Instant createdAt) {

    /** One step of an application's history. */
    public record Event(int seq, Instant at, String actor, String action, ApplicationStatus from, ApplicationStatus to, String comment) {}
}
