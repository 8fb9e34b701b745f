package io.yudex.notification;

import java.time.Instant;

/**
 * One push of one event to one endpoint.
 *
 * @param status PENDING (waiting for {@code nextAttemptAt}), SENDING, DELIVERED, or DEAD after the last retry failed
 */
public record WebhookDelivery(long id, long endpointId, String event, String payload, String status, int attempts,
        Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt, Instant deliveredAt) {}
