package io.yudex.identity;

/** The OAuth-style answer of the token endpoint. {@code expiresIn} is in seconds. */
public record AccessToken(String accessToken, String tokenType, long expiresIn) {}
