package io.yudex.identity;

import io.yudex.platform.YudexProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Issues opaque bearer tokens to people and API clients and resolves them back to callers. */
@Service
class TokenService {

    private final TokenRepository tokens;
    private final UserRepository users;
    private final ApiClientRepository clients;
    private final AuthenticationManager authenticationManager;
    private final PasswordEncoder encoder;
    private final Duration lifetime;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final IdentityChanges changes;

    TokenService(TokenRepository tokens, UserRepository users, ApiClientRepository clients,
            AuthenticationManager authenticationManager, PasswordEncoder encoder, YudexProperties properties, Clock clock,
            ApplicationEventPublisher events, IdentityChanges changes) {
        this.changes = changes;
        this.tokens = tokens;
        this.users = users;
        this.clients = clients;
        this.authenticationManager = authenticationManager;
        this.encoder = encoder;
        this.lifetime = properties.security().tokenLifetime();
        this.clock = clock;
        this.events = events;
    }

    /**
     * Checks a person's password (counting failures, honouring locks) and issues a token. Not transactional:
     * the failure counter must be written even when the log-in fails.
     */
    public AccessToken forUser(String username, String password) {
        var auth = authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        Caller caller = Callers.of(auth);
        long id = users.credentials(caller.name()).orElseThrow().id();
        return issue(TokenRepository.SubjectKind.USER, id);
    }

    public AccessToken forClient(String clientId, String clientSecret) {
        var secret = clients.findSecret(clientId).filter(s -> encoder.matches(clientSecret, s.secretHash()));
        if (secret.isEmpty() || !secret.get().client().enabled()) {
            events.publishEvent(new IdentityEvent("CLIENT_LOGIN_FAILED", clientId, clientId, null,
                    secret.isEmpty() ? "BadCredentials" : "Disabled"));
            throw secret.isEmpty() ? new BadCredentialsException("Bad client credentials") : new DisabledException("API client " + clientId + " is disabled");
        }
        events.publishEvent(new IdentityEvent("CLIENT_LOGIN_SUCCEEDED", clientId, clientId, secret.get().client().departmentId(), null));
        return issue(TokenRepository.SubjectKind.CLIENT, secret.get().client().id());
    }

    /**
     * The caller a token stands for; empty when unknown, expired, or its subject is disabled or locked. Resolutions are
     * cached until the next write to tokens, users, roles, clients or departments ({@link IdentityChanges}); the expiry
     * is checked on every call.
     */
    public Optional<Caller> resolve(String token) {
        Instant now = clock.instant();
        String hash = hash(token);
        return changes.tokens().get(hash, () -> load(hash, now))
                .filter(r -> r.expiresAt().isAfter(now))
                .map(IdentityChanges.ResolvedToken::caller);
    }

    private Optional<IdentityChanges.ResolvedToken> load(String hash, Instant now) {
        return tokens.find(hash)
                .filter(t -> t.expiresAt().isAfter(now))
                .flatMap(t -> {
                    Optional<Caller> caller = switch (t.kind()) {
                        case USER -> userCaller(t.subjectId(), now);
                        case CLIENT -> clientCaller(t.subjectId());
                    };
                    return caller.map(c -> new IdentityChanges.ResolvedToken(c, t.expiresAt()));
                });
    }

    private Optional<Caller> userCaller(long id, Instant now) {
        return users.findById(id)
                .flatMap(u -> users.credentials(u.username()))
                .filter(c -> c.enabled() && (c.lockedUntil() == null || !c.lockedUntil().isAfter(now)))
                .map(c -> new Caller(c.username(), c.departmentId(), c.departmentCode(), users.roles(c.id()), false));
    }

    private Optional<Caller> clientCaller(long id) {
        return clients.findSecretById(id)
                .filter(s -> s.client().enabled())
                .map(s -> new Caller(s.client().clientId(), s.client().departmentId(), s.departmentCode(),
                        java.util.Set.of(s.client().role()), true));
    }

    @Scheduled(fixedDelay = 600_000)
    void purgeExpired() {
        tokens.deleteExpired(clock.instant());
    }

    private AccessToken issue(TokenRepository.SubjectKind kind, long subjectId) {
        String token = ApiClientService.randomHex(32);
        Instant now = clock.instant();
        tokens.insert(hash(token), kind, subjectId, now, now.plus(lifetime));
        return new AccessToken(token, "Bearer", lifetime.toSeconds());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
