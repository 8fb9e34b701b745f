package io.yudex.notification;

import java.util.List;

/**
 * Registers a webhook.
 *
 * @param departmentId the department it belongs to; only the platform admin names another than its own
 * @param events       event names, or {@code *} for all: batch.committed, application.*, grant.revoked, ping
 */
public record WebhookCommand(Long departmentId, String url, List<String> events) {}
