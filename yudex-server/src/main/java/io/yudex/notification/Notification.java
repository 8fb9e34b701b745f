package io.yudex.notification;

import java.time.Instant;

/**
 * One thing a department (or, with no department, the platform operator) is told about.
 *
 * @param event e.g. application.submitted, application.approved, grant.revoked
 */
public record Notification(long id, Long departmentId, String event, String resourceCode, Long applicationId, String actor,
        String detail, Instant createdAt, boolean read) {}
