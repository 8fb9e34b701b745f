package io.yudex.exchange;

/**
 * Something that happened to an application or grant, for the audit log and notifications.
 *
 * @param action e.g. SUBMITTED, APPROVED, AUTO_GRANTED, REJECTED, ESCALATED, WITHDRAWN, DISPUTED, GRANT_REVOKED
 * @param detail               further facts as text (the comment, the items granted), or null
 * @param providerId           the department that provides the resource
 * @param consumerDepartmentId the department that applied
 */
public record SharingEvent(String actor, String action, long applicationId, String resourceCode, String detail, long providerId,
        long consumerDepartmentId) {}
