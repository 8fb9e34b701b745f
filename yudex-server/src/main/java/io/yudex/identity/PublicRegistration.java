package io.yudex.identity;

/** What a visitor types to register on the portal. */
public record PublicRegistration(String username, String email, String password, String confirm) {}
