package io.yudex.notification;

import java.time.Instant;
import java.util.List;

/** A department system's URL that events are pushed to. The signing secret is never part of it. */
public record WebhookEndpoint(long id, long departmentId, String url, List<String> events, boolean active, String createdBy,
        Instant createdAt) {

    boolean wants(String event) {
        return active && (events.contains("*") || events.contains(event));
    }
}
