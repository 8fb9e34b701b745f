package io.yudex.notification;

import io.yudex.identity.Callers;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notifications, and its department's webhooks with their deliveries. */
@RestController
@RequestMapping("/api/v1")
class NotificationController {

    record ReadRequest(List<Long> ids) {}

    private final Notifications notifications;
    private final WebhookService webhooks;

    NotificationController(Notifications notifications, WebhookService webhooks) {
        this.notifications = notifications;
        this.webhooks = webhooks;
    }

    @GetMapping("/notifications")
    @PreAuthorize("isAuthenticated()")
    Map<String, Object> notifications(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "50") int limit) {
        var caller = Callers.current();
        return Map.of("unread", notifications.unread(caller), "notifications", notifications.list(caller, unread, limit));
    }

    /** Marks the given notifications read, or all of them without a body or ids. */
    @PostMapping("/notifications/read")
    @PreAuthorize("isAuthenticated()")
    Map<String, Integer> read(@RequestBody(required = false) ReadRequest request) {
        return Map.of("marked", notifications.markRead(Callers.current(), request == null ? null : request.ids()));
    }

    @GetMapping("/webhooks")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN', 'AUDITOR')")
    List<WebhookEndpoint> webhooks() {
        return webhooks.list(Callers.current());
    }

    @PostMapping("/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    IssuedWebhook register(@RequestBody WebhookCommand command) {
        return webhooks.register(command, Callers.current());
    }

    @GetMapping("/webhooks/{id}")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN', 'AUDITOR')")
    WebhookEndpoint webhook(@PathVariable long id) {
        return webhooks.get(id, Callers.current());
    }

    @DeleteMapping("/webhooks/{id}")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    WebhookEndpoint remove(@PathVariable long id) {
        return webhooks.remove(id, Callers.current());
    }

    @PostMapping("/webhooks/{id}/secret")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    IssuedWebhook rekey(@PathVariable long id) {
        return webhooks.rekey(id, Callers.current());
    }

    @PostMapping("/webhooks/{id}/ping")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    void ping(@PathVariable long id) {
        webhooks.ping(id, Callers.current());
    }

    /** {@code status=DEAD} is the dead-letter list. */
    @GetMapping("/webhooks/{id}/deliveries")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN', 'AUDITOR')")
    List<WebhookDelivery> deliveries(@PathVariable long id, @RequestParam(required = false) String status) {
        return webhooks.deliveries(id, status, Callers.current());
    }

    @PostMapping("/webhooks/deliveries/{id}/replay")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    WebhookDelivery replay(@PathVariable long id) {
        return webhooks.replay(id, Callers.current());
    }
}
