package io.yudex.identity;

import java.time.Instant;
import java.util.Set;

/** A person's account as shown to admins; never carries the password hash. */
public record UserAccount(
        long id,
        String username,
        String displayName,
        long departmentId,
        String departmentName,
        Set<Role> roles,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        Instant createdAt) {}
