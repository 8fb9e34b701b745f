package io.yudex.identity;

import java.time.Instant;

/** A registered member of the public (open data portal account); never carries the password hash. */
public record PublicUser(long id, String username, String email, boolean enabled, Instant createdAt) {

    /** The name this user appears under in audit entries and decisions: {@code public:<username>}. */
    public String actor() {
        return "public:" + username;
    }
}
