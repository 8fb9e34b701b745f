package io.yudex.exchange;

/**
 * Something that happened to an application or grant, for the audit log and notifications.
 *
 * @param action e.g. SUBMITTED, APPROVED, AUTO_GRANTED, REJECTED, ESCALATED, WITHDRAWN, DISPUTED, GRANT_REVOKED; for return
 *               flows GRANT_RETURN_FLOW (a standing grant made), GRANT_RETURN_FLOW_MARKED and GRANT_RETURN_FLOW_ENDED
 * @param applicationId        the application, or null for a return flow and its standing grants (then only the
 *                             consumer department is told; marking and ending name the provider as consumer)
 * @param detail               further facts as text (the comment, the items granted), or null
 * @param providerId           the department that provides the resource
 * @param consumerDepartmentId the department that applied
 */
public record SharingEvent(String actor, String action, Long applicationId, String resourceCode, String detail, long providerId,
        long consumerDepartmentId) {}
