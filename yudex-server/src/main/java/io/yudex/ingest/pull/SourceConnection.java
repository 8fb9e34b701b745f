package io.yudex.ingest.pull;

import java.time.Instant;

/**
 * A provider's database the platform may pull from. The password is never part of it: it is stored sealed and only
 * opened to connect.
 *
 * @param hasPassword whether a password is stored
 */
public record SourceConnection(long id, long departmentId, String name, JdbcVendor vendor, String url, String username,
        boolean hasPassword, String createdBy, Instant createdAt, Instant updatedAt) {}
