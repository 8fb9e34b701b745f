package io.yudex.identity;

import io.yudex.platform.ConflictException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import io.yudex.platform.YudexProperties;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public accounts of the open data portal (role {@value #ROLE}): registration with the same password policy and hash
 * as staff, log-in on {@code /open/login} with the same lock-out after repeated failures, and the signed-in user of the
 * current portal request. Public users live apart from staff ({@code portal_user}), so they can never hold a console
 * role, log in to the console or obtain a bearer token.
 */
@Service
public class PublicAccounts {

    /** The only role a public user has (authority {@code ROLE_PUBLIC}); not a {@link Role}, so no admin can grant it. */
    public static final String ROLE = "PUBLIC";

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{2,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final PublicUserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final YudexProperties.Security security;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicAccounts(PublicUserRepository users, PasswordEncoder encoder, YudexProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.policy = new PasswordPolicy(properties.security());
        this.security = properties.security();
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates an account.
     *
     * @throws InvalidInputException naming the field for a bad user name, e-mail or a weak or unconfirmed password
     * @throws ConflictException     when the user name or e-mail is taken
     */
    @Transactional
    public PublicUser register(PublicRegistration r) {
        String username = r.username() == null ? "" : r.username().strip();
        String email = r.email() == null ? "" : r.email().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw InvalidInputException.of("username", "3-32 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
            throw InvalidInputException.of("email", "is not an e-mail address");
        }
        policy.violation(r.password()).ifPresent(v -> {
            throw InvalidInputException.of("password", v);
        });
        if (r.password().toLowerCase().contains(username.toLowerCase())) {
            throw InvalidInputException.of("password", "must not contain the user name");
        }
        if (!r.password().equals(r.confirm())) {
            throw InvalidInputException.of("confirm", "does not match the password");
        }
        if (users.usernameTaken(username)) {
            throw new ConflictException("The user name " + username + " is taken");
        }
        if (users.emailTaken(email)) {
            throw new ConflictException("An account with this e-mail exists already");
        }
        long id = users.insert(username, email, encoder.encode(r.password()), clock.instant());
        PublicUser user = get(id);
        events.publishEvent(new IdentityEvent("PUBLIC_REGISTERED", user.actor(), user.actor(), null, null));
        return user;
    }

    /** @throws NotFoundException when there is no such account */
    public PublicUser get(long id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("No public account " + id));
    }

    /** The public user signed in on the portal for the current request; empty for visitors and staff. */
    public static Optional<PublicUser> current() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof PublicPrincipal p ? Optional.of(p.user()) : Optional.empty();
    }

    UserDetails loadForLogin(String username) {
        var c = users.credentials(username).orElseThrow(() -> new UsernameNotFoundException("unknown public user"));
        boolean locked = c.lockedUntil() != null && c.lockedUntil().isAfter(clock.instant());
        return new PublicPrincipal(c.user(), c.passwordHash(), locked);
    }

    void loginFailed(String username, String why) {
        if ("BadCredentialsException".equals(why)) {
            users.recordFailure(username, security.maxFailedLogins(), clock.instant().plus(security.lockDuration()));
        }
        events.publishEvent(new IdentityEvent("PUBLIC_LOGIN_FAILED", "public:" + username, "public:" + username, null, why));
    }

    void loginSucceeded(String username) {
        users.resetFailures(username);
        events.publishEvent(new IdentityEvent("PUBLIC_LOGIN_SUCCEEDED", "public:" + username, "public:" + username, null, null));
    }
}
