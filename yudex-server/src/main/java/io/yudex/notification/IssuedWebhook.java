package io.yudex.notification;

/** A registered (or re-keyed) webhook with its signing secret, shown this once. */
public record IssuedWebhook(WebhookEndpoint endpoint, String secret) {}
