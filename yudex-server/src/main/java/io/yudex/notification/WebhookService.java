package io.yudex.notification;

import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.organisation.OrganisationService;
import io.yudex.platform.ConflictException;
import io.yudex.platform.FieldError;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import io.yudex.platform.SecretCipher;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's webhooks: registered and re-keyed by its data admin (or the platform admin), the secret shown once,
 * deliveries listed and dead ones replayed. Auditors read everything and change nothing.
 */
@Service
public class WebhookService {

    static final String SECRET_PURPOSE = "webhook-secret";
    private static final Pattern EVENT = Pattern.compile("\\*|ping|batch\\.committed|grant\\.[a-z_]+|application\\.[a-z_]+");
    private static final Set<String> STATUSES = Set.of("PENDING", "SENDING", "DELIVERED", "DEAD");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository endpoints;
    private final DeliveryRepository deliveries;
    private final WebhookDeliveries queue;
    private final OrganisationService organisations;
    private final SecretCipher cipher;
    private final NotificationProperties properties;
    private final Clock clock;

    WebhookService(WebhookRepository endpoints, DeliveryRepository deliveries, WebhookDeliveries queue, OrganisationService organisations,
            SecretCipher cipher, NotificationProperties properties, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.queue = queue;
        this.organisations = organisations;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public IssuedWebhook register(WebhookCommand command, Caller caller) {
        long department = department(command.departmentId(), caller);
        List<FieldError> errors = new ArrayList<>();
        new WebhookUrlPolicy(properties.allowLoopback()).refusal(command.url()).ifPresent(r -> errors.add(new FieldError("url", r)));
        List<String> events = command.events() == null || command.events().isEmpty() ? List.of("*") : command.events();
        events.stream().filter(e -> e == null || !EVENT.matcher(e).matches()).findFirst()
                .ifPresent(e -> errors.add(new FieldError("events", "unknown event " + e + "; use *, ping, batch.committed, application.<step> or grant.revoked")));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (endpoints.countActive(department) >= properties.endpointsPerDepartment()) {
            throw new ConflictException("A department has at most " + properties.endpointsPerDepartment() + " webhooks; remove one first");
        }
        String secret = newSecret();
        long id = endpoints.insert(department, command.url().strip(), events.stream().distinct().toList(), cipher.seal(secret, SECRET_PURPOSE),
                caller.name(), clock.instant());
        return new IssuedWebhook(get(id, caller), secret);
    }

    public List<WebhookEndpoint> list(Caller caller) {
        return endpoints.list(caller.platformAdmin() || caller.has(Role.AUDITOR) ? null : caller.departmentId());
    }

    public WebhookEndpoint get(long id, Caller caller) {
        WebhookEndpoint e = endpoints.find(id).map(WebhookRepository.Sealed::endpoint)
                .orElseThrow(() -> new NotFoundException("No webhook " + id));
        if (!caller.platformAdmin() && !caller.has(Role.AUDITOR) && !caller.belongsTo(e.departmentId())) {
            throw new NotFoundException("No webhook " + id);
        }
        return e;
    }

    /** Stops pushing to the endpoint; what it was sent stays listed. */
    @Transactional
    public WebhookEndpoint remove(long id, Caller caller) {
        manageable(id, caller);
        if (!endpoints.deactivate(id)) {
            throw new ConflictException("Webhook " + id + " is already removed");
        }
        return get(id, caller);
    }

    /** Issues a new signing secret; the old one stops working at once. */
    @Transactional
    public IssuedWebhook rekey(long id, Caller caller) {
        WebhookEndpoint e = activeManageable(id, caller);
        String secret = newSecret();
        endpoints.rekey(id, cipher.seal(secret, SECRET_PURPOSE));
        return new IssuedWebhook(e, secret);
    }

    /** Queues a {@code ping} to check that the receiver gets and verifies pushes. */
    @Transactional
    public void ping(long id, Caller caller) {
        WebhookEndpoint e = activeManageable(id, caller);
        queue.enqueue(e, "ping", Map.of("webhook", id, "by", caller.name()));
    }

    public List<WebhookDelivery> deliveries(long id, String status, Caller caller) {
        get(id, caller);
        if (status != null && !STATUSES.contains(status)) {
            throw InvalidInputException.of("status", "one of " + STATUSES);
        }
        return deliveries.list(id, status, 200);
    }

    /** Sends a dead delivery again, with a fresh set of attempts. */
    @Transactional
    public WebhookDelivery replay(long deliveryId, Caller caller) {
        WebhookDelivery d = deliveries.find(deliveryId).orElseThrow(() -> new NotFoundException("No delivery " + deliveryId));
        activeManageable(d.endpointId(), caller);
        if (!deliveries.replay(deliveryId, clock.instant())) {
            throw new ConflictException("Delivery " + deliveryId + " is " + d.status() + "; only dead deliveries are replayed");
        }
        return deliveries.find(deliveryId).orElseThrow();
    }

    private WebhookEndpoint activeManageable(long id, Caller caller) {
        WebhookEndpoint e = manageable(id, caller);
        if (!e.active()) {
            throw new ConflictException("Webhook " + id + " is removed");
        }
        return e;
    }

    private WebhookEndpoint manageable(long id, Caller caller) {
        WebhookEndpoint e = get(id, caller);
        department(e.departmentId(), caller);
        return e;
    }

    /** The department the caller manages webhooks for: its own as data admin, any as platform admin. */
    private long department(Long requested, Caller caller) {
        if (caller.platformAdmin()) {
            if (requested == null) {
                throw InvalidInputException.of("departmentId", "the platform admin names the department the webhook belongs to");
            }
            organisations.department(requested);
            return requested;
        }
        if (!caller.has(Role.DEPT_ADMIN) || caller.departmentId() == null || (requested != null && !caller.belongsTo(requested))) {
            throw new ForbiddenException("Only a department's data admin or the platform admin manages its webhooks");
        }
        return caller.departmentId();
    }

    private static String newSecret() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
