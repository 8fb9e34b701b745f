package io.yudex.exchange;

/**
 * Something that happened to an application or grant, for the audit log and notifications.
 *
 * @param action e.g. SUBMITTED, APPROVED, AUTO_GRANTED, REJECTED, ESCALATED, WITHDRAWN, DISPUTED, GRANT_REVOKED
 * @param detail further facts as text (the comment, the items granted), or null
 */
public record SharingEvent(String actor, String action, long applicationId, String resourceCode, String detail) {}
