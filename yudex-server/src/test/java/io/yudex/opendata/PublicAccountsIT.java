package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yudex.support.Api;
import io.yudex.support.ConsoleSession;
import io.yudex.support.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Public accounts end to end over HTTP: registration and log-in on the portal (policy, lock-out), the PUBLIC role kept
 * out of the console and the department APIs, self-issued keys (secret once, rotate, revoke, quota with Retry-After,
 * audit), and 有条件开放 applications (only the approved user's keys, only within the approved period, every use
 * recorded for the department; rejected and pending refused; 不予开放 never appears).
 */
class PublicAccountsIT extends IntegrationTest {

    static final String SECRET = "Open-Data-2026";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Pattern APP_KEY = Pattern.compile("id=\"issued-app-key\">([^<]+)<");
    private static final Pattern KEY_SECRET = Pattern.compile("id=\"issued-secret\">([^<]+)<");

    @Autowired
    JdbcClient jdbc;

    record Key(long id, String appKey, String secret) {}

    record Call(int status, String body, String retryAfter, String contentType) {}

    static String newUsername(String prefix) {
        return prefix + (System.nanoTime() % 1_000_000) + SEQ.incrementAndGet();
    }

    /** Registers and logs in a fresh public user. */
    PortalSession newUser(String prefix) {
        String name = newUsername(prefix);
        PortalSession.Page r = PortalSession.register(port, name, name + "@example.org", SECRET);
        assertThat(r.status()).as(r.body()).isEqualTo(302);
        return PortalSession.login(port, name, SECRET);
    }

    Key issueKey(PortalSession s, String name) {
        PortalSession.Page issued = s.post("/open/account/keys", Map.of("name", name));
        assertThat(issued.status()).isEqualTo(302);
        String page = s.get("/open/account").body();
        String appKey = find(APP_KEY, page);
        long id = jdbc.sql("SELECT id FROM open_api_key WHERE app_key = ?").param(appKey).query(Long.class).single();
        return new Key(id, appKey, find(KEY_SECRET, page));
    }

    Call open(String path, String appKey, String secret) {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60)).GET();
        if (appKey != null) {
            b.header("X-App-Key", appKey);
        }
        if (secret != null) {
            b.header("X-App-Secret", secret);
        }
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Call(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Call rows(String code, Key key) {
        return open("/api/open/v1/datasets/" + code + "/rows?limit=5", key.appKey(), key.secret());
    }

    static String find(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertThat(m.find()).as("pattern %s in page", p).isTrue();
        return m.group(1);
    }

    long apply(PortalSession s, String code, LocalDate from, LocalDate to) {
        s.get("/open/account/apply/" + code);
        PortalSession.Page r = s.post("/open/account/apply/" + code, Map.of("purpose", "研究市场主体的区域分布", "scenario", "高校科研论文",
                "commitment", "true", "from", from.toString(), "to", to.toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(302);
        return jdbc.sql("SELECT MAX(id) FROM open_application").query(Long.class).single();
    }

    @Nested
    class Accounts {

        @Test
        void register_withAWeakPassword_showsTheRule_andCreatesNothing() {
            String name = newUsername("weak");
            PortalSession.Page r = PortalSession.register(port, name, name + "@example.org", "password");

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("id=\"register-error\"").contains("password");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM portal_user WHERE username = ?").param(name).query(Long.class).single()).isZero();
        }

        @Test
        void register_twiceWithTheSameName_isRefusedTheSecondTime() {
            String name = newUsername("twice");
            assertThat(PortalSession.register(port, name, name + "@example.org", SECRET).status()).isEqualTo(302);

            PortalSession.Page again = PortalSession.register(port, name, "other" + name + "@example.org", SECRET);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.body()).contains("taken");
        }

        @Test
        void register_storesAnArgon2Hash_neverThePassword() {
            String name = newUsername("hash");
            PortalSession.register(port, name, name + "@example.org", SECRET);

            String hash = jdbc.sql("SELECT password_hash FROM portal_user WHERE username = ?").param(name).query(String.class).single();
            assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}").doesNotContain(SECRET);
        }

        @Test
        void login_afterFiveFailures_locksTheAccount_evenForTheRightPassword() {
            String name = newUsername("lock");
            PortalSession.register(port, name, name + "@example.org", SECRET);
            PortalSession s = PortalSession.visitor(port);
            for (int i = 0; i < 5; i++) {
                assertThat(s.tryLogin(name, "Wrong-Password-1").location()).endsWith("/open/login?error");
                s.get("/open/login");
            }
            assertThat(s.tryLogin(name, SECRET).location()).endsWith("/open/login?locked");
        }

        @Test
        void publicUser_neverReachesTheConsoleOrTheDepartmentApis() {
            String name = newUsername("pub");
            PortalSession.register(port, name, name + "@example.org", SECRET);
            PortalSession s = PortalSession.login(port, name, SECRET);
            assertThat(s.get("/open/account").status()).isEqualTo(200);

            for (String page : new String[] {"/", "/catalog", "/opendata/applications", "/opendata/releases/new", "/sharing/applications"}) {
                PortalSession.Page p = s.get(page);
                assertThat(p.status()).as(page).isEqualTo(302);
                assertThat(p.location()).as(page).endsWith("/login").doesNotContain("/open/");
            }
            assertThat(s.api("GET", "/api/v1/me", "").status()).isEqualTo(401);
            assertThat(s.api("GET", "/api/v1/opendata/applications", "").status()).isEqualTo(401);
            // the staff log-in and the token endpoint do not know public accounts
            assertThat(api().post("/api/v1/auth/token", null, Map.of("username", name, "password", SECRET)).status()).isEqualTo(401);
            assertThatThrownBy(() -> ConsoleSession.login(port, name, SECRET)).hasMessageContaining("console log-in of " + name + " failed");
        }

        @Test
        void staffSession_isAnonymousOnThePortal_andCannotUseTheAccountPages() {
            ConsoleSession staff = ConsoleSession.login(port, "scjgj_admin", PASSWORD);

            ConsoleSession.Page account = staff.get("/open/account");
            assertThat(account.status()).isEqualTo(302);
            assertThat(account.location()).endsWith("/open/login");
        }

        @Test
        void logout_endsThePortalSession() {
            PortalSession s = newUser("out");
            assertThat(s.post("/open/logout", Map.of()).location()).contains("/open?logout");
            assertThat(s.get("/open/account").location()).endsWith("/open/login");
        }
    }

    @Nested
    class Keys {

        @Test
        void key_isShownOnce_andWorksWithItsSecretOnly() {
            PortalSession s = newUser("key");
            Key key = issueKey(s, "我的应用");

            assertThat(key.appKey()).startsWith("oak_");
            assertThat(key.secret()).startsWith("ods_");
            assertThat(s.get("/open/account").body()).contains(key.appKey()).doesNotContain(key.secret());
            assertThat(open("/api/open/v1/datasets?q=测试", key.appKey(), key.secret()).status()).isEqualTo(200);
            assertThat(open("/api/open/v1/datasets", key.appKey(), "ods_wrong").status()).isEqualTo(401);
            assertThat(open("/api/open/v1/datasets", key.appKey(), null).status()).isEqualTo(401);
            assertThat(open("/api/open/v1/datasets", null, null).status()).isEqualTo(401);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM open_api_key WHERE key_digest = ?").param(key.secret()).query(Long.class).single())
                    .as("only a digest is stored").isZero();
        }

        @Test
        void rotate_stopsTheOldSecret_revoke_stopsTheKey() {
            PortalSession s = newUser("rot");
            Key key = issueKey(s, "rotating");
            assertThat(open("/api/open/v1/datasets", key.appKey(), key.secret()).status()).isEqualTo(200);

            s.post("/open/account/keys/" + key.id() + "/rotate", Map.of());
            String newSecret = find(KEY_SECRET, s.get("/open/account").body());
            assertThat(open("/api/open/v1/datasets", key.appKey(), key.secret()).status()).isEqualTo(401);
            assertThat(open("/api/open/v1/datasets", key.appKey(), newSecret).status()).isEqualTo(200);

            s.post("/open/account/keys/" + key.id() + "/revoke", Map.of());
            Call revoked = open("/api/open/v1/datasets", key.appKey(), newSecret);
            assertThat(revoked.status()).isEqualTo(401);
            assertThat(revoked.contentType()).contains("application/problem+json");
        }

        @Test
        void anotherUser_cannotRotateOrRevokeMyKey() {
            PortalSession me = newUser("mine");
            Key key = issueKey(me, "mine");
            PortalSession other = newUser("other");

            assertThat(other.post("/open/account/keys/" + key.id() + "/revoke", Map.of()).status()).isEqualTo(404);
            assertThat(open("/api/open/v1/datasets", key.appKey(), key.secret()).status()).isEqualTo(200);
        }

        @Test
        void quota_whenUsedUp_gives429WithRetryAfterUntilMidnight_andTheAccountShowsTheUsage() {
            PortalSession s = newUser("quota");
            Key key = issueKey(s, "quota");
            jdbc.sql("UPDATE open_api_key SET daily_quota = 3 WHERE id = ?").param(key.id()).update();
            for (int i = 0; i < 3; i++) {
                assertThat(open("/api/open/v1/datasets", key.appKey(), key.secret()).status()).isEqualTo(200);
            }

            Call refused = open("/api/open/v1/datasets", key.appKey(), key.secret());
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).contains("application/problem+json");
            assertThat(Long.parseLong(refused.retryAfter())).isBetween(1L, 86_401L);
            assertThat(s.get("/open/account").body()).containsPattern("id=\"key-" + key.id() + "\">[\\s\\S]*?class=\"key-today\">3<");
        }

        @Test
        void everyCall_isAudited_withTheAppKey() {
            PortalSession s = newUser("aud");
            Key key = issueKey(s, "audited");
            open("/api/open/v1/datasets?q=审计", key.appKey(), key.secret());
            open("/api/open/v1/datasets", key.appKey(), "ods_wrong");

            JsonNode calls = api().get("/api/v1/audit/search?actor=key:" + key.appKey() + "&size=50", token("auditor")).json();
            assertThat(calls.get("entries").valueStream().map(e -> e.get("action").asString())).contains("open.api.search");
            JsonNode refused = api().get("/api/v1/audit/search?action=open.api.refused&size=200", token("auditor")).json();
            assertThat(refused.get("entries").valueStream().map(e -> e.get("actor").asString())).contains("key:" + key.appKey());
        }
    }

    @Nested
    class ConditionalOpen {

        @Test
        void approvedUser_getsRowsWithinThePeriod_othersAreRefused_andEveryUseIsRecorded() {
            String code = OpenAccessFixture.conditional(api(), PASSWORD);
            PortalSession alice = newUser("alice");
            Key aliceKey = issueKey(alice, "research");
            PortalSession bob = newUser("bob");
            Key bobKey = issueKey(bob, "bob");
            LocalDate today = LocalDate.now(clock);

            assertThat(rows(code, aliceKey).status()).as("no application yet").isEqualTo(403);
            long id = apply(alice, code, today, today.plusDays(60));
            Call pending = rows(code, aliceKey);
            assertThat(pending.status()).isEqualTo(403);
            assertThat(pending.body()).contains("waiting");

            // another department's admin may neither see nor decide it
            assertThat(api().post("/api/v1/opendata/applications/" + id + "/approve", token("gat_admin"), Map.of()).status()).isEqualTo(403);
            Api.Response approved = api().post("/api/v1/opendata/applications/" + id + "/approve", token("scjgj_admin"),
                    Map.of("until", today.plusDays(10).toString()));
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            assertThat(approved.json().get("approvedTo").asString()).isEqualTo(today.plusDays(10).toString());

            Call ok = rows(code, aliceKey);
            assertThat(ok.status()).as(ok.body()).isEqualTo(200);
            assertThat(ok.body()).contains("\"total\":" + OpenDataFixture.ROWS);
            assertThat(rows(code, bobKey).status()).as("another user's key").isEqualTo(403);

            PortalSession.Page csv = alice.get("/open/account/datasets/" + code + "/download.csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.body().lines().count()).isEqualTo(OpenDataFixture.ROWS + 1);
            assertThat(csv.body()).doesNotContain(OpenDataFixture.generate().getFirst().mobile());
            assertThat(bob.get("/open/account/datasets/" + code + "/download.csv").status()).isEqualTo(403);
            // the public download stays closed
            assertThat(api().get("/open/datasets/" + code + "/download.csv", null).status()).isEqualTo(404);

            JsonNode view = api().get("/api/v1/opendata/applications/" + id, token("scjgj_admin")).json();
            assertThat(view.get("accesses").valueStream().map(a -> a.get("kind").asString())).contains("API", "DOWNLOAD");
            assertThat(api().get("/api/v1/opendata/applications/" + id, token("gat_admin")).status()).isEqualTo(403);
            JsonNode audit = api().get("/api/v1/audit/search?action=open.conditional.API&size=200", token("auditor")).json();
            assertThat(audit.get("entries").valueStream().map(e -> e.get("subject").asString())).contains("application " + id);
            assertThat(alice.get("/open/account").body()).contains("id=\"notice-" + id + "\"");
        }

        @Test
        void approval_whenThePeriodHasEnded_refusesTheKey() {
            String code = OpenAccessFixture.conditional(api(), PASSWORD);
            PortalSession carol = newUser("carol");
            Key key = issueKey(carol, "short");
            LocalDate today = LocalDate.now(clock);
            long id = apply(carol, code, today, today.plusDays(30));
            assertThat(api().post("/api/v1/opendata/applications/" + id + "/approve", token("scjgj_admin"),
                    Map.of("until", today.toString())).status()).isEqualTo(200);
            assertThat(rows(code, key).status()).isEqualTo(200);

            clock.advance(Duration.ofDays(2));

            Call expired = rows(code, key);
            assertThat(expired.status()).isEqualTo(403);
            assertThat(expired.body()).contains("ended on " + today);
        }

        @Test
        void approval_cannotBeLongerThanAsked() {
            String code = OpenAccessFixture.conditional(api(), PASSWORD);
            PortalSession erin = newUser("erin");
            LocalDate today = LocalDate.now(clock);
            long id = apply(erin, code, today, today.plusDays(5));

            Api.Response longer = api().post("/api/v1/opendata/applications/" + id + "/approve", token("scjgj_admin"),
                    Map.of("until", today.plusDays(6).toString()));
            assertThat(longer.status()).isEqualTo(400);
            assertThat(longer.body()).contains("until");
        }

        @Test
        void rejected_isRefusedWithItsReason_andTheUserIsNotified() {
            String code = OpenAccessFixture.conditional(api(), PASSWORD);
            PortalSession dave = newUser("dave");
            Key key = issueKey(dave, "rejected");
            LocalDate today = LocalDate.now(clock);
            long id = apply(dave, code, today, today.plusDays(30));

            assertThat(api().post("/api/v1/opendata/applications/" + id + "/reject", token("scjgj_admin"), Map.of()).status())
                    .as("a rejection states its reason").isEqualTo(400);
            assertThat(api().post("/api/v1/opendata/applications/" + id + "/reject", token("scjgj_admin"), Map.of("reason", "用途与开放条件不符"))
                    .status()).isEqualTo(200);
            assertThat(api().post("/api/v1/opendata/applications/" + id + "/approve", token("scjgj_admin"), Map.of()).status())
                    .as("decided once").isEqualTo(409);

            Call refused = rows(code, key);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body()).contains("用途与开放条件不符");
            String account = dave.get("/open/account").body();
            assertThat(account).contains("id=\"notice-" + id + "\"").contains("用途与开放条件不符");
        }

        @Test
        void apply_withoutTheCommitment_isRefused() {
            String code = OpenAccessFixture.conditional(api(), PASSWORD);
            PortalSession s = newUser("nocommit");
            s.get("/open/account/apply/" + code);
            LocalDate today = LocalDate.now(clock);

            PortalSession.Page r = s.post("/open/account/apply/" + code, Map.of("purpose", "研究", "scenario", "论文",
                    "from", today.toString(), "to", today.plusDays(3).toString()));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("id=\"apply-error\"").contains("commitment");
        }

        @Test
        void adminIssuedKey_neverGetsConditionalRows() {
            String code = OpenAccessFixture.conditional(api(), PASSWORD);
            String key = api().post("/api/v1/opendata/keys", token("admin"), Map.of("name", "平台密钥")).json().get("key").asString();

            Call r = open("/api/open/v1/datasets/" + code + "/rows", key, null);
            assertThat(r.status()).isEqualTo(403);
        }

        @Test
        void notOpenDataset_neverAppears() {
            String code = OpenAccessFixture.notOpen(api(), PASSWORD);
            PortalSession s = newUser("never");
            Key key = issueKey(s, "never");

            assertThat(s.get("/open/datasets/" + code).status()).isEqualTo(404);
            assertThat(s.get("/open/account/apply/" + code).status()).isEqualTo(404);
            assertThat(s.post("/open/account/apply/" + code, Map.of("purpose", "x", "scenario", "y", "commitment", "true")).status()).isEqualTo(404);
            assertThat(rows(code, key).status()).isEqualTo(404);
            assertThat(open("/api/open/v1/datasets/" + code, key.appKey(), key.secret()).status()).isEqualTo(404);
            assertThat(open("/api/open/v1/datasets?q=不予开放测试企业名录", key.appKey(), key.secret()).body()).doesNotContain(code);
            assertThat(s.get("/open/datasets?q=不予开放测试企业名录").body()).doesNotContain(code);
        }
    }
}
