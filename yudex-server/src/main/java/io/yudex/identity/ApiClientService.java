package io.yudex.identity;

import io.yudex.organisation.OrganisationService;
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
    private final OrganisationService organisations;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiClientService(ApiClientRepository clients, OrganisationService organisations, PasswordEncoder encoder, Clock clock,
            ApplicationEventPublisher events) {
        this.clients = clients;
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

    static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
