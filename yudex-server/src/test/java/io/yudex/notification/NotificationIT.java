package io.yudex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.ConsoleSession;
import io.yudex.support.IntegrationTest;
import io.yudex.support.ResourceFixtures;
import io.yudex.support.TestDepartment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A department of its own (so other tests' grants do not interfere) applies for 市场监管局's market entities
 * (unconditional) and 公安厅's population (conditional), follows them on a webhook, and is told of every step.
 */
class NotificationIT extends IntegrationTest {

    private static final String POPULATION = "101001/000001";

    private String adminUser;
    private String consumerUser;

    @BeforeEach
    void department() {
        TestDepartment d = TestDepartment.create(api(), token("admin"), PASSWORD);
        adminUser = d.adminUser();
        consumerUser = d.consumerUser();
    }

    private Map<String, Object> application(String code, List<String> items, List<String> modes) {
        Map<String, Object> a = new HashMap<>();
        a.put("resourceCode", code);
        a.put("items", items);
        a.put("purpose", "业务协同");
        a.put("basis", "《河南省政务数据共享管理办法》：市场主体变更同步");
        a.put("modes", modes);
        a.put("validUntil", LocalDate.now(clock).plusYears(1).toString());
        return a;
    }

    private JsonNode register(String token, String url, List<String> events) {
        Api.Response r = api().post("/api/v1/webhooks", token, Map.of("url", url, "events", events));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void bothSidesAreToldOfEveryStep_inTheConsoleAndOnTheirWebhook() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String admin = token(adminUser);
            JsonNode hook = register(admin, receiver.url(), List.of("application.submitted", "application.approved", "ping"));
            String secret = hook.get("secret").asString();
            assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
            long hookId = hook.get("endpoint").get("id").asLong();
            assertThat(api().get("/api/v1/webhooks/" + hookId, admin).body()).doesNotContain(secret).doesNotContain("sealed");

            assertThat(api().post("/api/v1/webhooks/" + hookId + "/ping", admin, Map.of()).status()).isEqualTo(202);
            WebhookReceiver.Push ping;
            try {
                ping = receiver.next("ping", Duration.ofSeconds(20));
            } catch (AssertionError e) {
                throw new AssertionError(api().get("/api/v1/webhooks/" + hookId + "/deliveries", admin).body(), e);
            }
            assertSigned(ping, secret);

            String consumer = token(consumerUser);
            Api.Response applied = api().post("/api/v1/sharing/applications", consumer, application(POPULATION, List.of("sfzhm", "xm"), List.of("QUERY")));
            assertThat(applied.status()).as(applied.body()).isEqualTo(201);
            long id = applied.json().get("id").asLong();
            WebhookReceiver.Push submitted = receiver.next("application.submitted", Duration.ofSeconds(20));
            assertSigned(submitted, secret);
            assertThat(submitted.body()).contains("\"application\":" + id).contains(POPULATION);

            String provider = token("gat_admin");
            JsonNode incoming = api().get("/api/v1/notifications?unread=true", provider).json();
            assertThat(incoming.get("unread").asInt()).isPositive();
            JsonNode notice = incoming.get("notifications").valueStream()
                    .filter(n -> n.get("applicationId").asLong() == id).findFirst().orElseThrow();
            assertThat(notice.get("event").asString()).isEqualTo("application.submitted");
            assertThat(api().post("/api/v1/notifications/read", provider, Map.of("ids", List.of(notice.get("id").asLong()))).json()
                    .get("marked").asInt()).isEqualTo(1);
            assertThat(api().get("/api/v1/notifications?unread=true", provider).body()).doesNotContain("\"applicationId\":" + id + ",");

            api().post("/api/v1/sharing/applications/" + id + "/decision", provider, Map.of("decision", "approve"));
            assertThat(receiver.next("application.approved", Duration.ofSeconds(20)).body()).contains("gat_admin");
            JsonNode mine = api().get("/api/v1/notifications", consumer).json().get("notifications");
            assertThat(mine.valueStream().filter(n -> n.get("applicationId").asLong() == id).map(n -> n.get("event").asString()).toList())
                    .containsExactly("application.approved", "application.submitted");
            assertThat(api().get("/api/v1/notifications", token("rst_user")).body()).as("other departments").doesNotContain("\"applicationId\":" + id + ",");
        }
    }

    @Test
    void everyBatchOfAResourceFollowedByFeed_isPushed_andAFailingReceiverEndsInTheDeadLetterList_untilReplayed() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String admin = token(adminUser);
            JsonNode hook = register(admin, receiver.url(), List.of("batch.committed"));
            long hookId = hook.get("endpoint").get("id").asLong();
            String provider = token("gat_admin");
            String code = publishedResource(provider);
            Api.Response applied = api().post("/api/v1/sharing/applications", token(consumerUser),
                    application(code, List.of("bh", "mc"), List.of("QUERY", "FEED")));
            assertThat(applied.status()).as(applied.body()).isEqualTo(201);
            assertThat(applied.json().get("status").asString()).isEqualTo("APPROVED");

            long batch = load(provider, code, "bh,mc\nA1,甲\nA2,乙\nA3,丙\n");
            WebhookReceiver.Push push = receiver.next("batch.committed", Duration.ofSeconds(30));
            assertSigned(push, hook.get("secret").asString());
            assertThat(push.body()).contains("\"batch\":" + batch).contains("\"rowsInserted\":3")
                    .contains("/api/v1/data/" + code + "/changes?since=" + (batch - 1));

            awaitDelivery(admin, hookId, "DELIVERED");
            String consumer = token(consumerUser);
            JsonNode feed = api().get("/api/v1/data/" + code + "/changes?since=" + (batch - 1), consumer).json();
            assertThat(feed.get("changes").valueStream().map(c -> c.get("kind").asString() + ":" + c.get("row").get("bh").asString()).toList())
                    .containsExactlyInAnyOrder("INSERTED:A1", "INSERTED:A2", "INSERTED:A3");
            assertThat(feed.get("version").asLong()).isEqualTo(batch);
            assertThat(api().get("/api/v1/data/" + code + "/changes?since=0", token("rst_user")).status()).as("no feed grant").isEqualTo(403);
            assertThat(api().get("/api/v1/data/" + code + "/changes?since=-1", consumer).status()).isEqualTo(400);
            assertThat(api().get("/api/v1/data/" + code + "/changes?limit=100000", consumer).status()).isEqualTo(400);
            receiver.answer(503);
            long failing = load(provider, code, "bh,mc\nA1,甲\nA2,乙\nA4,丁\n");
            JsonNode later = api().get("/api/v1/data/" + code + "/changes?since=" + batch, consumer).json();
            assertThat(later.get("changes").valueStream().map(c -> c.get("kind").asString() + ":" + c.get("row").get("bh").asString()).toList())
                    .containsExactlyInAnyOrder("DELETED:A3", "INSERTED:A4");
            for (int attempt = 1; attempt <= 6; attempt++) {
                receiver.next("batch.committed", Duration.ofSeconds(30));
                awaitAttempts(token(adminUser), hookId, attempt);
                clock.advance(Duration.ofHours(7));
            }
            // tokens live shorter than the back-off the clock has moved through
            admin = token(adminUser);
            JsonNode dead = awaitDelivery(admin, hookId, "DEAD");
            assertThat(dead.get("attempts").asInt()).isEqualTo(6);
            assertThat(dead.get("lastStatus").asInt()).isEqualTo(503);
            assertThat(dead.get("payload").asString()).contains("\"batch\":" + failing);

            receiver.answer(204);
            Api.Response replayed = api().post("/api/v1/webhooks/deliveries/" + dead.get("id").asLong() + "/replay", admin, Map.of());
            assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
            assertThat(receiver.next("batch.committed", Duration.ofSeconds(20)).body()).contains("\"batch\":" + failing);
            assertThat(awaitDelivery(admin, hookId, "DELIVERED").get("lastStatus").asInt()).isEqualTo(204);
            assertThat(api().post("/api/v1/webhooks/deliveries/" + dead.get("id").asLong() + "/replay", admin, Map.of()).status())
                    .as("only dead deliveries are replayed").isEqualTo(409);

            Api.Response rekeyed = api().post("/api/v1/webhooks/" + hookId + "/secret", admin, Map.of());
            assertThat(rekeyed.json().get("secret").asString()).isNotEqualTo(hook.get("secret").asString());
            assertThat(api().delete("/api/v1/webhooks/" + hookId, admin).json().get("active").asBoolean()).isFalse();
            assertThat(api().post("/api/v1/webhooks/" + hookId + "/ping", admin, Map.of()).status()).isEqualTo(409);
        }
    }

    @Test
    void theConsoleShowsNotificationsWithAnUnreadBadge_andRegistersAWebhookShowingItsSecretOnce() {
        Api.Response applied = api().post("/api/v1/sharing/applications", token(consumerUser),
                application(POPULATION, List.of("sfzhm"), List.of("QUERY")));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);

        ConsoleSession consumer = ConsoleSession.login(port, consumerUser, PASSWORD);
        assertThat(consumer.get("/notifications/badge").body()).contains("unread-count");
        assertThat(consumer.get("/notifications").body()).contains("notification-table").contains(POPULATION);
        assertThat(consumer.postForm("/notifications/read", Map.of()).status()).isEqualTo(302);
        assertThat(consumer.get("/notifications/badge").body()).doesNotContain("unread-count");
        assertThat(consumer.get("/webhooks").status()).as("department users do not manage webhooks").isEqualTo(403);

        ConsoleSession admin = ConsoleSession.login(port, adminUser, PASSWORD);
        ConsoleSession.Page registered = admin.postForm("/webhooks", Map.of("url", "http://127.0.0.1:9/hook", "events", "batch.committed ping"));
        assertThat(registered.status()).isEqualTo(302);
        String page = admin.get(path(registered.location())).body();
        assertThat(page).contains("issued-secret").contains("batch.committed, ping");
        assertThat(admin.get("/webhooks").body()).as("the secret is shown once").doesNotContain("issued-secret");
        ConsoleSession.Page refused = admin.postForm("/webhooks", Map.of("url", "file:///etc/passwd"));
        assertThat(admin.get(path(refused.location())).body()).contains("id=\"error\"").contains("http");
    }

    @Test
    void unsafeOrForeignWebhooksAreRefused() {
        String admin = token(adminUser);
        for (String url : List.of("ftp://example.org/x", "http://169.254.169.254/latest/meta-data", "http://user:pw@127.0.0.1/x",
                "http://0.0.0.0:8080/", "not a url", "http:///nohost")) {
            Api.Response r = api().post("/api/v1/webhooks", admin, Map.of("url", url));
            assertThat(r.status()).as(url + ": " + r.body()).isEqualTo(400);
            assertThat(r.contentType()).contains("problem+json");
        }
        assertThat(api().post("/api/v1/webhooks", admin, Map.of("url", "http://127.0.0.1:9/x", "events", List.of("data.leaked"))).status())
                .isEqualTo(400);
        assertThat(api().post("/api/v1/webhooks", token(consumerUser), Map.of("url", "http://127.0.0.1:9/x")).status())
                .as("a department user does not register webhooks").isEqualTo(403);
        assertThat(api().post("/api/v1/webhooks", admin, Map.of("url", "http://127.0.0.1:9/x", "departmentId", 1)).status())
                .as("nor for another department").isEqualTo(403);

        long id = register(admin, "http://127.0.0.1:9/x", List.of("*")).get("endpoint").get("id").asLong();
        String other = token("gat_admin");
        assertThat(api().get("/api/v1/webhooks/" + id, other).status()).isEqualTo(404);
        assertThat(api().delete("/api/v1/webhooks/" + id, other).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/webhooks/" + id + "/deliveries?status=BOGUS", admin).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/webhooks", token("auditor")).body()).contains("\"id\":" + id);
        assertThat(api().get("/api/v1/notifications?limit=100000", admin).status()).isEqualTo(400);
    }

    /** A resource of 公安厅 with a key item bh and a name mc, unconditionally shared and published. */
    private String publishedResource(String provider) {
        Map<String, Object> body = new HashMap<>(ResourceFixtures.valid());
        body.put("items", List.of(item("bh", "编号", true), item("mc", "名称", false)));
        Api.Response created = api().post("/api/v1/catalog/resources", provider, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.json().get("code").asString();
        api().post("/api/v1/catalog/resources/" + code + "/submit", provider, null);
        assertThat(api().post("/api/v1/catalog/resources/" + code + "/publish", token("admin"), null).status()).isEqualTo(200);
        return code;
    }

    private static Map<String, Object> item(String name, String label, boolean key) {
        Map<String, Object> item = new HashMap<>();
        item.put("name", name);
        item.put("label", label);
        item.put("dataType", "CHARACTER");
        item.put("length", 50);
        item.put("required", key);
        item.put("key", key);
        item.put("sensitivity", "NONE");
        return item;
    }

    /** Loads the CSV as a full replacement and waits until the batch has committed. */
    private long load(String provider, String code, String csv) throws InterruptedException {
        Api.Response r = api().multipart("/api/v1/catalog/resources/" + code + "/batches?mode=FULL_REPLACE", provider, "file", "rows.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        long id = r.json().get("id").asLong();
        Instant end = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(end)) {
            String status = api().get("/api/v1/batches/" + id, provider).json().get("status").asString();
            if (!status.equals("RUNNING")) {
                assertThat(status).isEqualTo("SUCCEEDED");
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("batch " + id + " did not finish");
    }

    /** Waits until the newest delivery has recorded this many attempts, so that its next one is due after the clock moves. */
    private void awaitAttempts(String token, long hookId, int attempts) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(end)) {
            Api.Response list = api().get("/api/v1/webhooks/" + hookId + "/deliveries", token);
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            JsonNode newest = list.json().get(0);
            if (newest != null && newest.get("attempts").asInt() >= attempts && !newest.get("status").asString().equals("SENDING")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("attempt " + attempts + " was not recorded");
    }

    private JsonNode awaitDelivery(String token, long hookId, String status) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(end)) {
            JsonNode list = api().get("/api/v1/webhooks/" + hookId + "/deliveries?status=" + status, token).json();
            if (!list.isEmpty()) {
                return list.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + status + " delivery for webhook " + hookId);
    }

    private static String path(String location) {
        java.net.URI uri = java.net.URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static void assertSigned(WebhookReceiver.Push push, String secret) {
        String t = push.signature().substring(2, push.signature().indexOf(','));
        assertThat(push.signature()).isEqualTo("t=" + t + ",sm3=" + WebhookSigner.hmac(secret, t + "." + push.body()));
        assertThat(push.delivery()).matches("\\d+");
    }
}
