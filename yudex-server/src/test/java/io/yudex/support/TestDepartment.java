package io.yudex.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A city department of its own with a data admin and a department user, so that a test's grants, clients and
 * webhooks do not meet those of tests sharing the application context.
 */
public record TestDepartment(long id, String code, String adminUser, String consumerUser) {

    private static final AtomicInteger SEQ = new AtomicInteger();

    public static TestDepartment create(Api api, String platformAdminToken, String password) {
        int n = SEQ.incrementAndGet();
        String code = "TD" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + n;
        Api.Response d = api.post("/api/v1/admin/departments", platformAdminToken, Map.of("code", code, "name", "测试局" + code,
                "shortName", "测试局" + n, "regionCode", "410100", "level", "CITY"));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        long id = d.json().get("id").asLong();
        TestDepartment t = new TestDepartment(id, code, "td_admin_" + code.toLowerCase(), "td_user_" + code.toLowerCase());
        t.user(api, platformAdminToken, t.adminUser, "DEPT_ADMIN", password);
        t.user(api, platformAdminToken, t.consumerUser, "DEPT_USER", password);
        return t;
    }

    private void user(Api api, String platformAdminToken, String name, String role, String password) {
        Api.Response u = api.post("/api/v1/admin/users", platformAdminToken, Map.of("username", name, "displayName", name,
                "departmentId", id, "roles", Set.of(role), "password", password));
        assertThat(u.status()).as(u.body()).isEqualTo(201);
    }
}
