package io.yudex.ingest.pull;

/**
 * Creates or changes a connection.
 *
 * @param departmentId the owning department; null means the caller's own
 * @param password     the password; on a change, null keeps the stored one and an empty string removes it
 */
public record ConnectionCommand(Long departmentId, String name, String url, String username, String password) {}
