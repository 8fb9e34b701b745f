package io.yudex.identity;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a person for the log-in check, with the lock state taken from the failure counter. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    AccountDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var c = users.credentials(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        boolean locked = c.lockedUntil() != null && c.lockedUntil().isAfter(clock.instant());
        Caller caller = new Caller(c.username(), c.departmentId(), c.departmentCode(), users.roles(c.id()), false);
        return new YudexPrincipal(caller, c.passwordHash(), c.enabled(), locked);
    }
}
