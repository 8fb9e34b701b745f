package io.yudex.identity;

import io.yudex.organisation.OrganisationService;
import io.yudex.platform.ConflictException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import io.yudex.platform.YudexProperties;
import java.time.Clock;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manages people's accounts: creation, roles, passwords, unlocking. */
@Service
public class UserService {

    private final UserRepository users;
    private final OrganisationService organisations;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserService(UserRepository users, OrganisationService organisations, PasswordEncoder encoder,
            YudexProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.users = users;
        this.organisations = organisations;
        this.encoder = encoder;
        this.policy = new PasswordPolicy(properties.security());
        this.clock = clock;
        this.events = events;
    }

    public List<UserAccount> list() {
        return users.findAll();
    }

    /** @throws NotFoundException when there is no such user */
    public UserAccount get(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("No user " + username));
    }

    /** @throws InvalidInputException for a weak or missing password or an unknown department */
    @Transactional
    public UserAccount create(UserCommand command) {
        if (users.exists(command.username())) {
            throw new ConflictException("User " + command.username() + " already exists");
        }
        if (command.password() == null) {
            throw InvalidInputException.of("password", "is required for a new user");
        }
        checkPassword(command.password());
        organisations.department(command.departmentId());
        long id = users.insert(command, encoder.encode(command.password()), clock.instant());
        UserAccount created = users.findById(id).orElseThrow();
        publish("USER_CREATED", created);
        return created;
    }

    @Transactional
    public UserAccount update(String username, UserCommand command) {
        UserAccount existing = get(username);
        if (!existing.username().equals(command.username())) {
            throw InvalidInputException.of("username", "cannot be changed (was " + existing.username() + ")");
        }
        organisations.department(command.departmentId());
        users.update(existing.id(), command);
        if (command.password() != null) {
            setPassword(existing.id(), command.password());
        }
        UserAccount updated = get(username);
        publish(command.password() != null ? "USER_UPDATED_WITH_PASSWORD" : "USER_UPDATED", updated);
        return updated;
    }

    /** Disables or re-enables an account; a disabled person can neither log in nor use an issued token. */
    @Transactional
    public UserAccount setEnabled(String username, boolean enabled) {
        UserAccount u = get(username);
        users.update(u.id(), new UserCommand(u.username(), u.displayName(), u.departmentId(), u.roles(), enabled, null));
        UserAccount changed = get(username);
        publish(enabled ? "USER_ENABLED" : "USER_DISABLED", changed);
        return changed;
    }

    @Transactional
    public UserAccount unlock(String username) {
        get(username);
        users.resetFailures(username);
        UserAccount unlocked = get(username);
        publish("USER_UNLOCKED", unlocked);
        return unlocked;
    }

    /** A person changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        var credentials = users.credentials(username).orElseThrow(() -> new NotFoundException("No user " + username));
        if (!encoder.matches(currentPassword, credentials.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "is not correct");
        }
        if (currentPassword.equals(newPassword)) {
            throw InvalidInputException.of("newPassword", "must differ from the current password");
        }
        setPassword(credentials.id(), newPassword);
        events.publishEvent(new IdentityEvent("PASSWORD_CHANGED", username, username, null, null));
    }

    /** For the audit log: who changed which account, with its roles and department (never a password). */
    private void publish(String action, UserAccount u) {
        events.publishEvent(new IdentityEvent(action, Callers.current().name(), u.username(), u.departmentId(), "roles=" + u.roles() + "; enabled=" + u.enabled()));
    }

    private void setPassword(long id, String password) {
        checkPassword(password);
        users.updatePassword(id, encoder.encode(password), clock.instant());
    }

    private void checkPassword(String password) {
        policy.violation(password).ifPresent(v -> {
            throw InvalidInputException.of("password", v);
        });
    }
}
