package io.yudex.identity;

import io.yudex.organisation.OrganisationService;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers the systems that call the API and issues their secrets. */
@Service
public class ApiClientService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClientRepository clients;
    private final TokenRepository tokens;
    private final OrganisationService organisations;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiClientService(ApiClientRepository clients, TokenRepository tokens, OrganisationService organisations, PasswordEncoder encoder, Clock clock,
            ApplicationEventPublisher events) {
        this.clients = clients;
        this.tokens = tokens;
        this.organisations = organisations;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
    }

    public List<ApiClient> list() {
        return clients.findAll();
    }

    /** Creates a client; the returned secret is not stored in clear and cannot be shown again. */
    @Transactional
    public IssuedClient create(ApiClientCommand command) {
        var department = organisations.department(command.departmentId());
        String clientId = department.code().toLowerCase() + "-" + randomHex(4);
        String secret = randomHex(24);
        long id = clients.insert(clientId, command, encoder.encode(secret), clock.instant());
        ApiClient client = clients.findSecretById(id).orElseThrow().client();
        events.publishEvent(new IdentityEvent("CLIENT_REGISTERED", Callers.current().name(), clientId, department.id(), "name=" + client.name()));
        return new IssuedClient(client, secret);
    }

    @Transactional
    public ApiClient setEnabled(String clientId, boolean enabled) {
        clients.findSecret(clientId).orElseThrow(() -> new NotFoundException("No API client " + clientId));
        clients.setEnabled(clientId, enabled);
        ApiClient client = clients.findSecret(clientId).orElseThrow().client();
        events.publishEvent(new IdentityEvent(enabled ? "CLIENT_ENABLED" : "CLIENT_DISABLED", Callers.current().name(), clientId,
                client.departmentId(), null));
        return client;
    }

    /** The clients the caller may see: its department's, or all of them for the platform admin and auditors. */
    public List<ApiClient> listFor(Caller caller) {
        if (caller.platformAdmin() || caller.has(Role.AUDITOR)) {
            return clients.findAll();
        }
        return caller.departmentId() == null ? List.of() : clients.findByDepartment(caller.departmentId());
    }

    /**
     * A department's data admin registers a system of its own department, acting as a department user (a consumer)
     * or as a data admin (a provider's system pushing rows); the platform admin registers any.
     */
    @Transactional
    public IssuedClient register(ApiClientCommand command, Caller caller) {
        if (caller.machine()) {
            throw new ForbiddenException("Clients are registered by people, not by other clients");
        }
        if (!caller.platformAdmin()) {
            if (!caller.has(Role.DEPT_ADMIN) || command.departmentId() == null || !caller.belongsTo(command.departmentId())) {
                throw new ForbiddenException("A data admin registers clients of its own department only");
            }
            if (command.role() != Role.DEPT_USER && command.role() != Role.DEPT_ADMIN) {
                throw new ForbiddenException("A department's client acts as DEPT_USER or DEPT_ADMIN");
            }
        }
        return create(command);
    }

    /** Issues a new secret; the old secret and every token issued with it stop working at once. */
    @Transactional
    public IssuedClient rotate(String clientId, Caller caller) {
        ApiClient client = manageable(clientId, caller);
        String secret = randomHex(24);
        clients.updateSecret(clientId, encoder.encode(secret));
        tokens.deleteFor(TokenRepository.SubjectKind.CLIENT, client.id());
        events.publishEvent(new IdentityEvent("CLIENT_SECRET_ROTATED", caller.name(), clientId, client.departmentId(), null));
        return new IssuedClient(client, secret);
    }

    @Transactional
    public ApiClient setEnabled(String clientId, boolean enabled, Caller caller) {
        ApiClient client = manageable(clientId, caller);
        if (!enabled) {
            tokens.deleteFor(TokenRepository.SubjectKind.CLIENT, client.id());
        }
        return setEnabled(clientId, enabled);
    }

    private ApiClient manageable(String clientId, Caller caller) {
        ApiClient client = clients.findSecret(clientId).map(ApiClientRepository.Secret::client)
                .filter(c -> caller.platformAdmin() || caller.belongsTo(c.departmentId()))
                .orElseThrow(() -> new NotFoundException("No API client " + clientId));
        if (caller.machine() || (!caller.platformAdmin() && !caller.has(Role.DEPT_ADMIN))) {
            throw new ForbiddenException("Only the department's data admin manages its clients");
        }
        return client;
    }

    static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
