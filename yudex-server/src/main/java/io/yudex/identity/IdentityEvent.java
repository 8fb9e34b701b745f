package io.yudex.identity;

/**
 * A change to an account or an API client, or a system's log-in, for the audit log. Published inside the change's
 * transaction (listeners that store it wait for the commit).
 *
 * @param action  e.g. USER_CREATED, USER_UPDATED, USER_DISABLED, USER_UNLOCKED, PASSWORD_CHANGED, CLIENT_REGISTERED,
 *                CLIENT_ENABLED, CLIENT_DISABLED, CLIENT_LOGIN_SUCCEEDED, CLIENT_LOGIN_FAILED
 * @param actor   who did it (for a log-in, the client itself)
 * @param subject the user name or client id concerned
 * @param detail  further facts (roles, department), never a secret; or null
 */
public record IdentityEvent(String action, String actor, String subject, Long departmentId, String detail) {}
