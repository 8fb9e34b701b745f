package io.yudex.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Finds the {@link Caller} of the current request, whichever way it authenticated. */
public final class Callers {

    private Callers() {}

    public static Caller current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Caller of(Authentication authentication) {
        if (authentication == null) {
            return Caller.ANONYMOUS;
        }
        return switch (authentication.getPrincipal()) {
            case YudexPrincipal p -> p.caller();
            case Caller c -> c;
            case null, default -> Caller.ANONYMOUS;
        };
    }
}
