package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.ResourceFixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Datasets of the market regulator (scjgj) for the account and application tests: a 有条件开放 one with an accepted
 * release of {@link OpenDataFixture}'s generated rows, and a 不予开放 one that must never appear. Created once per run.
 */
final class OpenAccessFixture {

    private static String conditional;
    private static String notOpen;

    private OpenAccessFixture() {}

    /** The conditional dataset, published, loaded and released with {@link OpenDataFixture#passingPlan}. */
    static synchronized String conditional(Api api, String password) {
        if (conditional == null) {
            String dept = api.token("scjgj_admin", password);
            String c = create(api, password, "有条件开放测试企业名录", "CONDITIONAL");
            OpenDataFixture.push(api, dept, c, OpenDataFixture.generate());
            Api.Response released = api.post("/api/v1/opendata/releases", dept, OpenDataFixture.passingPlan(c));
            assertThat(released.status()).as(released.body()).isEqualTo(201);
            conditional = c;
        }
        return conditional;
    }

    /** A published 不予开放 dataset with rows. */
    static synchronized String notOpen(Api api, String password) {
        if (notOpen == null) {
            String c = create(api, password, "不予开放测试企业名录", "NOT_OPEN");
            OpenDataFixture.push(api, api.token("scjgj_admin", password), c, OpenDataFixture.generate());
            notOpen = c;
        }
        return notOpen;
    }

    static String create(Api api, String password, String name, String openType) {
        String dept = api.token("scjgj_admin", password);
        Map<String, Object> r = new HashMap<>(ResourceFixtures.valid());
        r.put("name", name + System.nanoTime() % 100000);
        r.put("summary", "公众账户与有条件开放集成测试用的市场主体名录。");
        r.put("openType", openType);
        if (openType.equals("CONDITIONAL")) {
            r.put("openConditions", "仅限科研和公益用途，须签署安全承诺。");
        }
        r.put("items", List.of(
                item("tyshxydm", "统一社会信用代码", "CHARACTER", 18, true, "NONE"),
                item("mc", "名称", "CHARACTER", 100, false, "NONE"),
                item("fzr", "负责人", "CHARACTER", 50, false, "NONE"),
                item("lxsj", "联系手机", "CHARACTER", 11, false, "PERSONAL"),
                item("clrq", "成立日期", "DATE", null, false, "NONE"),
                item("xzqh", "行政区划代码", "CHARACTER", 6, false, "NONE")));
        Api.Response created = api.post("/api/v1/catalog/resources", dept, r);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String c = created.json().get("code").asString();
        assertThat(api.post("/api/v1/catalog/resources/" + c + "/submit", dept, Map.of()).status()).isEqualTo(200);
        Api.Response published = api.post("/api/v1/catalog/resources/" + c + "/publish", api.token("admin", password), Map.of());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return c;
    }

    private static Map<String, Object> item(String name, String label, String type, Integer length, boolean key, String sensitivity) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("label", label);
        m.put("dataType", type);
        m.put("length", length);
        m.put("required", key);
        m.put("key", key);
        m.put("sensitivity", sensitivity);
        return m;
    }
}
