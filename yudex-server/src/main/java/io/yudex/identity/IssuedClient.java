package io.yudex.identity;

/** A newly created API client with its secret: the only time the secret is ever shown. */
public record IssuedClient(ApiClient client, String clientSecret) {}
