package io.yudex.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import io.yudex.support.TestDepartment;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A department's data admin registers its own systems, rotates their secrets and disables them; nobody else can. */
class DepartmentClientsIT extends IntegrationTest {

    private String clientToken(String clientId, String secret) {
        Api.Response t = api().post("/api/v1/auth/token", null, Map.of("client_id", clientId, "client_secret", secret));
        return t.status() == 200 ? t.json().get("access_token").asString() : null;
    }

    @Test
    void dataAdminRegistersRotatesAndDisablesItsDepartmentsClients() {
        TestDepartment d = TestDepartment.create(api(), token("admin"), PASSWORD);
        String admin = token(d.adminUser());
        Api.Response created = api().post("/api/v1/clients", admin, Map.of("name", "养老金核验系统", "departmentId", d.id(), "role", "DEPT_USER"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String clientId = created.json().get("client").get("clientId").asString();
        String secret = created.json().get("clientSecret").asString();
        assertThat(clientId).startsWith(d.code().toLowerCase());

        String old = clientToken(clientId, secret);
        assertThat(api().get("/api/v1/me", old).json().get("departmentId").asLong()).isEqualTo(d.id());
        JsonNode listed = api().get("/api/v1/clients", admin).json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.toString()).doesNotContain(secret);
        assertThat(api().get("/api/v1/clients", token("gat_admin")).body()).doesNotContain(clientId);

        Api.Response rotated = api().post("/api/v1/clients/" + clientId + "/secret", admin, null);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String fresh = rotated.json().get("clientSecret").asString();
        assertThat(fresh).isNotEqualTo(secret);
        assertThat(api().get("/api/v1/me", old).status()).as("tokens of the old secret end at once").isEqualTo(401);
        assertThat(clientToken(clientId, secret)).as("the old secret").isNull();
        String current = clientToken(clientId, fresh);
        assertThat(current).isNotNull();

        assertThat(api().put("/api/v1/clients/" + clientId + "/enabled", admin, Map.of("enabled", false)).json().get("enabled").asBoolean()).isFalse();
        assertThat(api().get("/api/v1/me", current).status()).isEqualTo(401);
        assertThat(clientToken(clientId, fresh)).isNull();
    }

    @Test
    void othersCannotRegisterOrTouchADepartmentsClients() {
        TestDepartment d = TestDepartment.create(api(), token("admin"), PASSWORD);
        String admin = token(d.adminUser());
        assertThat(api().post("/api/v1/clients", admin, Map.of("name", "x", "departmentId", 1, "role", "DEPT_USER")).status())
                .as("another department").isEqualTo(403);
        assertThat(api().post("/api/v1/clients", admin, Map.of("name", "x", "departmentId", d.id(), "role", "PLATFORM_ADMIN")).status())
                .as("a role above the department's").isEqualTo(403);
        assertThat(api().post("/api/v1/clients", admin, Map.of("name", "", "departmentId", d.id(), "role", "DEPT_USER")).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/clients", token(d.consumerUser()), Map.of("name", "x", "departmentId", d.id(), "role", "DEPT_USER")).status())
                .isEqualTo(403);

        JsonNode issued = api().post("/api/v1/clients", admin, Map.of("name", "推送系统", "departmentId", d.id(), "role", "DEPT_ADMIN")).json();
        String clientId = issued.get("client").get("clientId").asString();
        String machine = clientToken(clientId, issued.get("clientSecret").asString());
        assertThat(api().post("/api/v1/clients", machine, Map.of("name", "y", "departmentId", d.id(), "role", "DEPT_USER")).status())
                .as("a client does not register clients").isEqualTo(403);
        assertThat(api().post("/api/v1/clients/" + clientId + "/secret", machine, null).status()).isEqualTo(403);
        assertThat(api().post("/api/v1/clients/" + clientId + "/secret", token("gat_admin"), null).status()).as("another department").isEqualTo(404);
        assertThat(api().put("/api/v1/clients/no-such/enabled", admin, Map.of("enabled", false)).status()).isEqualTo(404);
    }
}
