package io.yudex.identity;

import java.time.Instant;

/** A system that calls the API with a client id and secret; acts with one role for one department. */
public record ApiClient(long id, String clientId, String name, long departmentId, String departmentName, Role role,
        boolean enabled, Instant createdAt) {}
