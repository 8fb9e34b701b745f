package io.yudex.identity;

import io.yudex.organisation.DepartmentChanged;
import io.yudex.platform.ChangeTrackedCache;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The resolved bearer tokens, kept so that a request does not cost four queries, and made stale by every write to the
 * tables a resolution reads: tokens, users and their roles, API clients (their repositories call {@link #changed()})
 * and departments. A deleted token, a disabled or locked account or a changed role is therefore honoured on the next
 * request.
 */
@Component
class IdentityChanges {

    /** What a token stood for when it was resolved; the expiry is checked on every request. */
    record ResolvedToken(Caller caller, java.time.Instant expiresAt) {}

    private final ChangeTrackedCache<String, ResolvedToken> tokens = new ChangeTrackedCache<>(100_000);

    ChangeTrackedCache<String, ResolvedToken> tokens() {
        return tokens;
    }

    void changed() {
        tokens.changed();
    }

    @EventListener
    void on(DepartmentChanged e) {
        changed();
    }
}
