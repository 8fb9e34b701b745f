package io.yudex.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuthApiIT extends IntegrationTest {

    private long operatorId() {
        return api().get("/api/v1/departments", token("admin")).json().valueStream()
                .filter(d -> d.get("operator").asBoolean()).findFirst().orElseThrow().get("id").asLong();
    }

    private String newUser(Role role) {
        String username = "u" + System.nanoTime();
        Api.Response r = api().post("/api/v1/admin/users", token("admin"),
                Map.of("username", username, "displayName", "测试用户", "departmentId", operatorId(), "roles", Set.of(role), "password", PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return username;
    }

    @Nested
    class PasswordTokens {

        @Test
        void token_forGoodCredentials_isABearerTokenThatIdentifiesTheCaller() {
            JsonNode t = api().post("/api/v1/auth/token", null, Map.of("username", "gat_admin", "password", PASSWORD)).json();
            assertThat(t.get("token_type").asString()).isEqualTo("Bearer");
            assertThat(t.get("expires_in").asLong()).isEqualTo(3600);

            JsonNode me = api().get("/api/v1/me", t.get("access_token").asString()).json();
            assertThat(me.get("name").asString()).isEqualTo("gat_admin");
            assertThat(me.get("roles").valueStream().map(JsonNode::asString).toList()).containsExactly("DEPT_ADMIN");
        }

        @Test
        void token_forWrongPasswordOrUnknownUserOrEmptyBody_isAProblemNotAToken() {
            Api.Response wrong = api().post("/api/v1/auth/token", null, Map.of("username", "gat_admin", "password", "wrong"));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.contentType()).startsWith("application/problem+json");
            assertThat(api().post("/api/v1/auth/token", null, Map.of("username", "nobody", "password", "x")).status()).isEqualTo(401);
            assertThat(api().post("/api/v1/auth/token", null, Map.of()).status()).isEqualTo(400);
            assertThat(api().post("/api/v1/auth/token", null, "garbage").status()).isEqualTo(400);
        }

        @Test
        void fiveFailures_lockTheAccount_untilTheLockExpires() {
            String username = newUser(Role.DEPT_USER);
            for (int i = 0; i < 5; i++) {
                assertThat(api().post("/api/v1/auth/token", null, Map.of("username", username, "password", "bad" + i)).status()).isEqualTo(401);
            }
            Api.Response locked = api().post("/api/v1/auth/token", null, Map.of("username", username, "password", PASSWORD));
            assertThat(locked.status()).isEqualTo(401);
            assertThat(locked.json().get("detail").asString()).containsIgnoringCase("locked");

            clock.advance(Duration.ofMinutes(16));
            assertThat(api().post("/api/v1/auth/token", null, Map.of("username", username, "password", PASSWORD)).status()).isEqualTo(200);
        }

        @Test
        void adminUnlock_liftsTheLockAtOnce() {
            String username = newUser(Role.AUDITOR);
            for (int i = 0; i < 5; i++) {
                api().post("/api/v1/auth/token", null, Map.of("username", username, "password", "bad"));
            }
            assertThat(api().post("/api/v1/admin/users/" + username + "/unlock", token("admin"), null).json()
                    .get("lockedUntil").isNull()).isTrue();
            assertThat(api().post("/api/v1/auth/token", null, Map.of("username", username, "password", PASSWORD)).status()).isEqualTo(200);
        }

        @Test
        void disablingAUser_refusesItsLogInAndItsIssuedTokens() {
            String username = newUser(Role.DEPT_USER);
            String t = api().token(username, PASSWORD);
            Api.Response disabled = api().put("/api/v1/admin/users/" + username, token("admin"),
                    Map.of("username", username, "displayName", "停用用户", "departmentId", operatorId(), "roles", Set.of("DEPT_USER"),
                            "enabled", false));
            assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
            assertThat(api().get("/api/v1/me", t).status()).isEqualTo(401);
            Api.Response login = api().post("/api/v1/auth/token", null, Map.of("username", username, "password", PASSWORD));
            assertThat(login.status()).isEqualTo(401);
            assertThat(login.json().get("detail").asString()).contains("disabled");
        }

        @Test
        void expiredOrUnknownToken_isRefusedWith401() {
            String t = token("gat_user");
            assertThat(api().get("/api/v1/me", t).status()).isEqualTo(200);
            assertThat(api().get("/api/v1/me", "not-a-token").status()).isEqualTo(401);
            clock.advance(Duration.ofHours(2));
            Api.Response expired = api().get("/api/v1/me", t);
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.contentType()).startsWith("application/problem+json");
        }
    }

    @Nested
    class ClientTokens {

        @Test
        void apiClient_getsATokenWithItsRole_andDisabledClientCannot() {
            String admin = token("admin");
            JsonNode issued = api().post("/api/v1/admin/clients", admin,
                    Map.of("name", "公安人口库同步程序", "departmentId", operatorId(), "role", "DEPT_USER")).json();
            String clientId = issued.get("client").get("clientId").asString();
            String secret = issued.get("clientSecret").asString();

            JsonNode t = api().post("/api/v1/auth/token", null, Map.of("client_id", clientId, "client_secret", secret)).json();
            JsonNode me = api().get("/api/v1/me", t.get("access_token").asString()).json();
            assertThat(me.get("machine").asBoolean()).isTrue();
            assertThat(me.get("roles").valueStream().map(JsonNode::asString).toList()).containsExactly("DEPT_USER");
            assertThat(api().get("/api/v1/admin/clients", admin).body()).doesNotContain(secret);

            assertThat(api().post("/api/v1/auth/token", null, Map.of("client_id", clientId, "client_secret", "wrong")).status()).isEqualTo(401);
            api().post("/api/v1/admin/clients/" + clientId + "/disable", admin, null);
            assertThat(api().post("/api/v1/auth/token", null, Map.of("client_id", clientId, "client_secret", secret)).status()).isEqualTo(401);
            assertThat(api().get("/api/v1/me", t.get("access_token").asString()).status()).isEqualTo(401);
        }
    }

    @Nested
    class Users {

        @Test
        void create_withWeakPassword_orUnknownDepartment_orDuplicate_isRefused() {
            String admin = token("admin");
            Map<String, Object> base = Map.of("username", "weak" + System.nanoTime(), "displayName", "弱密码", "departmentId", operatorId(),
                    "roles", List.of("DEPT_USER"), "password", "abcdefgh");
            Api.Response weak = api().post("/api/v1/admin/users", admin, base);
            assertThat(weak.status()).isEqualTo(400);
            assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("password");

            var unknownDept = new java.util.HashMap<>(base);
            unknownDept.put("password", PASSWORD);
            unknownDept.put("departmentId", 987654);
            assertThat(api().post("/api/v1/admin/users", admin, unknownDept).status()).isEqualTo(404);

            var dup = new java.util.HashMap<>(base);
            dup.put("username", "gat_admin");
            dup.put("password", PASSWORD);
            assertThat(api().post("/api/v1/admin/users", admin, dup).status()).isEqualTo(409);
        }

        @Test
        void changeOwnPassword_needsTheCurrentOne_andThenTheNewOneWorks() {
            String username = newUser(Role.DEPT_USER);
            String t = api().token(username, PASSWORD);
            assertThat(api().post("/api/v1/me/password", t, Map.of("currentPassword", "wrong", "newPassword", "New-Pass2")).status()).isEqualTo(400);
            assertThat(api().post("/api/v1/me/password", t, Map.of("currentPassword", PASSWORD, "newPassword", "short")).status()).isEqualTo(400);
            assertThat(api().post("/api/v1/me/password", t, Map.of("currentPassword", PASSWORD, "newPassword", "New-Pass2")).status()).isEqualTo(204);
            assertThat(api().token(username, "New-Pass2")).isNotBlank();
        }
    }
}
