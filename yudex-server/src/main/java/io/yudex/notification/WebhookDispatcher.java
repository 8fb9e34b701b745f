package io.yudex.notification;

import io.yudex.platform.SecretCipher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries, each on a virtual thread so that one slow receiver does not hold up the others. A delivery is
 * claimed by a conditional update first, so two nodes never send it twice at once; a claim that lapses (the node
 * died mid-send) makes it due again. A 2xx answer delivers it; anything else is retried after the configured
 * back-off, and after the last attempt it is dead until someone replays it. Receivers must therefore accept a push
 * more than once: the delivery id in {@code X-Yudex-Delivery} tells repeats apart.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final DeliveryRepository deliveries;
    private final WebhookRepository endpoints;
    private final SecretCipher cipher;
    private final NotificationProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookDispatcher(DeliveryRepository deliveries, WebhookRepository endpoints, SecretCipher cipher, NotificationProperties properties,
            Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${yudex.notifications.poll-interval:PT2S}")
    void sendDue() {
        Instant now = clock.instant();
        Instant claimUntil = now.plus(properties.requestTimeout()).plus(properties.connectTimeout()).plusSeconds(30);
        List<Long> claimed = deliveries.due(now, properties.deliveriesPerRound()).stream()
                .filter(id -> deliveries.claim(id, now, claimUntil)).toList();
        if (claimed.isEmpty()) {
            return;
        }
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            claimed.forEach(id -> threads.execute(() -> send(id)));
        }
    }

    private void send(long id) {
        WebhookDelivery d = deliveries.find(id).orElseThrow();
        Optional<WebhookRepository.Sealed> endpoint = endpoints.find(d.endpointId());
        if (endpoint.isEmpty() || !endpoint.get().endpoint().active()) {
            deliveries.failed(id, null, "the webhook was removed", null, clock.instant());
            return;
        }
        WebhookEndpoint e = endpoint.get().endpoint();
        Optional<String> refusal = new WebhookUrlPolicy(properties.allowLoopback()).refusal(e.url());
        if (refusal.isPresent()) {
            retryLater(d, null, refusal.get());
            return;
        }
        String secret = cipher.open(endpoint.get().secretSealed(), WebhookService.SECRET_PURPOSE);
        HttpRequest request = HttpRequest.newBuilder(URI.create(e.url())).timeout(properties.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Yudex-Webhook/1")
                .header("X-Yudex-Event", d.event())
                .header("X-Yudex-Delivery", String.valueOf(d.id()))
                .header("X-Yudex-Signature", WebhookSigner.header(secret, clock.instant().getEpochSecond(), d.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                deliveries.delivered(id, response.statusCode(), clock.instant());
            } else {
                retryLater(d, response.statusCode(), "the receiver answered HTTP " + response.statusCode());
            }
        } catch (IOException ex) {
            retryLater(d, null, ex.getClass().getSimpleName() + ": " + String.valueOf(ex.getMessage()));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            retryLater(d, null, "interrupted while sending");
        }
    }

    private void retryLater(WebhookDelivery d, Integer status, String error) {
        int failed = d.attempts() + 1;
        Instant next = failed >= properties.maxAttempts() ? null : clock.instant().plus(properties.backoffAfter(failed));
        String shortError = error.length() > 1000 ? error.substring(0, 1000) : error;
        deliveries.failed(d.id(), status, shortError, next, clock.instant());
        if (next == null) {
            log.warn("Webhook delivery {} to endpoint {} is dead after {} attempts: {}", d.id(), d.endpointId(), failed, shortError);
        }
    }
}
