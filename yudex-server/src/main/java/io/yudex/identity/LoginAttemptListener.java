package io.yudex.identity;

import io.yudex.platform.YudexProperties;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed log-ins (console and token endpoint alike) and locks the account after too many. */
@Component
class LoginAttemptListener {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptListener.class);

    private final UserRepository users;
    private final YudexProperties.Security policy;
    private final Clock clock;

    LoginAttemptListener(UserRepository users, YudexProperties properties, Clock clock) {
        this.users = users;
        this.policy = properties.security();
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        log.warn("Failed log-in for user {}", username);
        users.recordFailure(username, policy.maxFailedLogins(), clock.instant().plus(policy.lockDuration()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof YudexPrincipal p) {
            users.resetFailures(p.getUsername());
        }
    }
}
