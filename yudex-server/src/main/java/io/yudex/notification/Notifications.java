package io.yudex.notification;

import io.yudex.exchange.SharingEvent;
import io.yudex.identity.Caller;
import io.yudex.platform.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells both sides of every sharing step: the provider and the consumer department in the console and on their
 * webhooks, and the platform operator when an application is escalated or disputed. Written in the same transaction
 * as the step itself, so a step is never without its notice.
 */
@Service
public class Notifications {

    private static final Set<String> FOR_OPERATOR = Set.of("application.escalated", "application.disputed");
    private static final int MAX_LIST = 200;

    private final NotificationRepository notifications;
    private final WebhookDeliveries deliveries;
    private final Clock clock;

    Notifications(NotificationRepository notifications, WebhookDeliveries deliveries, Clock clock) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** {@code GRANT_REVOKED} becomes {@code grant.revoked}; every other action is a step of an application. */
    static String eventName(String action) {
        String lower = action.toLowerCase(Locale.ROOT);
        return lower.startsWith("grant_") ? "grant." + lower.substring("grant_".length()) : "application." + lower;
    }

    @EventListener
    void on(SharingEvent e) {
        String event = eventName(e.action());
        Instant now = clock.instant();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("application", e.applicationId());
        payload.put("resource", e.resourceCode());
        payload.put("actor", e.actor());
        payload.put("detail", e.detail());
        // a return flow's steps (no application) concern one department: the one receiving a standing grant, or the provider
        for (long department : e.providerId() == e.consumerDepartmentId() || e.applicationId() == null ? List.of(e.consumerDepartmentId())
                : List.of(e.providerId(), e.consumerDepartmentId())) {
            notifications.insert(department, event, e.resourceCode(), e.applicationId(), e.actor(), e.detail(), now);
            deliveries.enqueue(department, event, payload);
        }
        if (FOR_OPERATOR.contains(event)) {
            notifications.insert(null, event, e.resourceCode(), e.applicationId(), e.actor(), e.detail(), now);
        }
    }

    /** The caller's newest notifications: its department's, and the operator's for a platform admin. */
    public List<Notification> list(Caller caller, boolean unreadOnly, int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw InvalidInputException.of("limit", "between 1 and " + MAX_LIST);
        }
        return notifications.list(caller.departmentId(), caller.platformAdmin(), caller.name(), unreadOnly, limit);
    }

    public int unread(Caller caller) {
        return notifications.unread(caller.departmentId(), caller.platformAdmin(), caller.name());
    }

    /** Marks all of the caller's notifications read, or only those with the given ids (others' ids are ignored). */
    @Transactional
    public int markRead(Caller caller, List<Long> ids) {
        if (ids == null) {
            return notifications.markAllRead(caller.departmentId(), caller.platformAdmin(), caller.name(), clock.instant());
        }
        List<Long> visible = list(caller, true, MAX_LIST).stream().map(Notification::id).filter(ids::contains).toList();
        notifications.markRead(visible, caller.name(), clock.instant());
        return visible.size();
    }
}
