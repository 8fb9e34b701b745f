package io.yudex.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Queues an event for every active webhook of a department that asked for it. */
@Component
class WebhookDeliveries {

    private final WebhookRepository endpoints;
    private final DeliveryRepository deliveries;
    private final JsonMapper json;
    private final Clock clock;

    WebhookDeliveries(WebhookRepository endpoints, DeliveryRepository deliveries, JsonMapper json, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    void enqueue(long departmentId, String event, Map<String, Object> data) {
        for (WebhookEndpoint endpoint : endpoints.active(departmentId)) {
            if (endpoint.wants(event)) {
                enqueue(endpoint, event, data);
            }
        }
    }

    void enqueue(WebhookEndpoint endpoint, String event, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("occurredAt", clock.instant().toString());
        body.put("data", data);
        deliveries.insert(endpoint.id(), event, json.writeValueAsString(body), clock.instant());
    }
}
