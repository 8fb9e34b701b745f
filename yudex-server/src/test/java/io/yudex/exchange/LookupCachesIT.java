package io.yudex.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import io.yudex.support.TestDepartment;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The key look-up caches resolved tokens, the consumer's grants and the resource: every test first makes a look-up
 * succeed (so that the caches hold the answer), then changes what the answer rests on, and expects the very next
 * look-up to see the change.
 */
class LookupCachesIT extends IntegrationTest {

    private static final String POPULATION = DataServiceIT.POPULATION;
    private static final String LOOKUP = "/api/v1/data/" + POPULATION + "?sfzhm=410105198801150011";

    private long grant(String consumer, LocalDate validUntil) {
        Map<String, Object> a = Map.of("resourceCode", POPULATION, "items", List.of("sfzhm", "xm"), "purpose", "数据校核",
                "basis", "核验服务对象身份", "modes", List.of("QUERY"), "validUntil", validUntil.toString());
        Api.Response applied = api().post("/api/v1/sharing/applications", consumer, a);
        assertThat(applied.status()).as(applied.body()).isBetween(200, 201);
        Api.Response decided = api().post("/api/v1/sharing/applications/" + applied.json().get("id").asLong() + "/decision", token("gat_admin"),
                Map.of("decision", "approve"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        return decided.json().get("grantId").asLong();
    }

    private TestDepartment department() {
        return TestDepartment.create(api(), token("admin"), PASSWORD);
    }

    @Test
    void aGrantIssuedAfterARefusal_isHonouredOnTheNextRequest_andItsRevocationToo() {
        TestDepartment d = department();
        String user = token(d.consumerUser());
        assertThat(api().get(LOOKUP, user).status()).as("no grant yet (and that answer is cached)").isEqualTo(403);
        long grant = grant(user, LocalDate.now(clock).plusMonths(1));
        assertThat(api().get(LOOKUP, user).status()).isEqualTo(200);
        assertThat(api().get(LOOKUP, user).status()).isEqualTo(200);

        api().post("/api/v1/sharing/grants/" + grant + "/revoke", token("gat_admin"), Map.of("reason", "用途已完成"));
        assertThat(api().get(LOOKUP, user).status()).isEqualTo(403);
    }

    @Test
    void aGrantPastItsLastDay_isRefusedOnTheNextRequest() {
        TestDepartment d = department();
        String user = token(d.consumerUser());
        grant(user, LocalDate.now(clock).plusDays(1));
        assertThat(api().get(LOOKUP, user).status()).isEqualTo(200);
        try {
            clock.advance(Duration.ofDays(2));
            String fresh = token(d.consumerUser());
            assertThat(api().get(LOOKUP, fresh).status()).as("expired the day after valid_until").isEqualTo(403);
        } finally {
            clock.advance(Duration.ofDays(-2));
        }
    }

    @Test
    void aDisabledOrLockedAccount_andAnEndedToken_areRefusedOnTheNextRequest() {
        TestDepartment d = department();
        String user = token(d.consumerUser());
        grant(user, LocalDate.now(clock).plusMonths(1));
        assertThat(api().get(LOOKUP, user).status()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            api().post("/api/v1/auth/token", null, Map.of("username", d.consumerUser(), "password", "wrong-" + i));
        }
        assertThat(api().get(LOOKUP, user).status()).as("locked by five failed log-ins").isEqualTo(401);
        assertThat(api().post("/api/v1/admin/users/" + d.consumerUser() + "/unlock", token("admin"), null).status()).isEqualTo(200);
        assertThat(api().get(LOOKUP, user).status()).as("unlocked").isEqualTo(200);

        Api.Response disabled = api().put("/api/v1/admin/users/" + d.consumerUser(), token("admin"), Map.of("username", d.consumerUser(),
                "displayName", d.consumerUser(), "departmentId", d.id(), "roles", Set.of("DEPT_USER"), "enabled", false));
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(api().get(LOOKUP, user).status()).as("disabled").isEqualTo(401);
    }

    @Test
    void aRotatedClientSecret_endsTheClientsCachedTokens() {
        TestDepartment d = department();
        String admin = token(d.adminUser());
        Api.Response created = api().post("/api/v1/clients", admin, Map.of("name", "核验系统", "departmentId", d.id(), "role", "DEPT_USER"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String clientId = created.json().get("client").get("clientId").asString();
        String clientToken = api().post("/api/v1/auth/token", null, Map.of("client_id", clientId, "client_secret",
                created.json().get("clientSecret").asString())).json().get("access_token").asString();
        grant(token(d.consumerUser()), LocalDate.now(clock).plusMonths(1));
        assertThat(api().get(LOOKUP, clientToken).status()).isEqualTo(200);

        assertThat(api().post("/api/v1/clients/" + clientId + "/secret", admin, null).status()).isEqualTo(200);
        assertThat(api().get(LOOKUP, clientToken).status()).isEqualTo(401);
    }
}
