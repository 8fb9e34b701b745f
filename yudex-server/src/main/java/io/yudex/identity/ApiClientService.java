package io.yudex.identity;

import io.yudex.organisation.OrganisationService;
import io.yudex.platform.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
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

    ApiClientService(ApiClientRepository clients, OrganisationService organisations, PasswordEncoder encoder, Clock clock) {
        this.clients = clients;
        this.organisations = organisations;
        this.encoder = encoder;
        this.clock = clock;
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
        return new IssuedClient(clients.findSecretById(id).orElseThrow().client(), secret);
    }

    @Transactional
    public ApiClient setEnabled(String clientId, boolean enabled) {
        clients.findSecret(clientId).orElseThrow(() -> new NotFoundException("No API client " + clientId));
        clients.setEnabled(clientId, enabled);
        return clients.findSecret(clientId).orElseThrow().client();
    }

    static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
