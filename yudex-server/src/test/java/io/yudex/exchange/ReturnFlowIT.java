package io.yudex.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import io.yudex.support.ResourceFixtures;
import io.yudex.support.TestDepartment;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Return flow (数据回流): 公安厅 marks a province-level population resource; every city and county department —
 * including one added afterwards — then reads exactly its own region's rows by query and feed, masked by sensitivity,
 * without applying; the platform admin revokes one standing grant, the provider ends the flow; all of it audited.
 */
class ReturnFlowIT extends IntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    GrantHolders holders;

    /** People of 中原区 (410102) ×2, 二七区 (410103) ×1 and 老城区 of Luoyang (410302) ×1. */
    private static final String[] REGIONS = {"410102", "410102", "410103", "410302"};

    @Test
    void countyAndCityDepartments_readExactlyTheirRegion_byQueryAndFeed_withoutApplying() {
        String gat = token("gat_admin");
        String admin = token("admin");
        String code = provincialResource(gat);
        County early = county("410102", admin);
        TestDepartment city = TestDepartment.create(api(), admin, PASSWORD);   // 郑州 410100
        String[] ids = push(gat, code);
        long batch = lastBatch;

        Api.Response marked = api().put("/api/v1/sharing/return-flows/" + code, gat, Map.of("note", "《政务数据共享条例》数据回流"));
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        assertThat(marked.json().get("modes").valueStream().map(JsonNode::asString).toList()).contains("QUERY", "FEED");
        assertThat(marked.json().get("activeGrants").asInt()).as("every city and county department, demo ones included").isGreaterThanOrEqualTo(5);
        County late = county("410302", admin);   // added after the marking

        String countyUser = token(early.user());
        JsonNode page = api().get("/api/v1/data/" + code + "?limit=100", countyUser).json();
        assertThat(page.get("rows").valueStream().map(r -> r.get("xzqh").asString()).toList()).containsExactly("410102", "410102");
        assertThat(page.get("rows").valueStream().map(r -> r.get("sfzhm").asString()).toList())
                .allSatisfy(v -> assertThat(v).contains("********"))
                .containsExactlyInAnyOrder(masked(ids[0]), masked(ids[1]));
        assertThat(page.get("masked").valueStream().map(JsonNode::asString).toList()).contains("sfzhm", "xm");
        assertThat(api().get("/api/v1/data/" + code + "?sfzhm=" + ids[2], countyUser).json().get("rows")).as("二七区 is not 中原区").isEmpty();
        assertThat(api().get("/api/v1/data/" + code + "?xzqh=410302", countyUser).json().get("rows")).as("Luoyang").isEmpty();

        JsonNode feed = api().get("/api/v1/data/" + code + "/changes?since=" + (batch - 1), countyUser).json();
        assertThat(feed.get("changes").valueStream().map(c -> c.get("row").get("xzqh").asString()).toList()).containsExactly("410102", "410102");

        JsonNode cityPage = api().get("/api/v1/data/" + code, token(city.consumerUser())).json();
        assertThat(cityPage.get("rows").valueStream().map(r -> r.get("xzqh").asString()).toList())
                .containsExactlyInAnyOrder("410102", "410102", "410103");
        JsonNode lateFeed = api().get("/api/v1/data/" + code + "/changes?since=" + (batch - 1), token(late.user())).json();
        assertThat(lateFeed.get("changes").valueStream().map(c -> c.get("row").get("xzqh").asString()).toList()).containsExactly("410302");

        assertThat(holders.departments(code, AccessMode.FEED)).as("batch webhooks reach them").contains(early.id(), late.id(), city.id());
        assertThat(api().get("/api/v1/sharing/applications?view=mine", countyUser).json()).as("no application was made").isEmpty();
        assertThat(api().get("/api/v1/data/" + code, token("mzt_user")).status()).as("a province-level department gets no return flow").isEqualTo(403);
        JsonNode grants = api().get("/api/v1/sharing/grants", countyUser).json();
        JsonNode standing = grants.valueStream().filter(g -> g.get("resourceCode").asString().equals(code)).findFirst().orElseThrow();
        assertThat(standing.get("returnFlow").asBoolean()).isTrue();
        assertThat(standing.get("applicationId").isNull()).isTrue();
        assertThat(standing.get("rowScope").asString()).isEqualTo("410102");
        assertThat(api().get("/api/v1/sharing/return-flows", countyUser).body()).as("visible to the receiving side").contains(code);
        assertThat(api().get("/api/v1/sharing/grants", gat).body()).as("and to the provider").contains("\"id\":" + standing.get("id").asLong());

        // the console: both sides see the flow and the standing grant
        io.yudex.support.ConsoleSession providerConsole = io.yudex.support.ConsoleSession.login(port, "gat_admin", PASSWORD);
        assertThat(providerConsole.get("/sharing/return-flows").body()).contains("return-flow-table").contains(code).contains("return-flow-form");
        io.yudex.support.ConsoleSession countyConsole = io.yudex.support.ConsoleSession.login(port, early.user(), PASSWORD);
        assertThat(countyConsole.get("/sharing/return-flows").body()).contains(code).doesNotContain("return-flow-form");
        assertThat(countyConsole.get("/sharing/grants").body()).contains("badge return-flow").contains("长期（回流）");
        assertThat(countyConsole.get("/notifications").body()).contains("获得数据回流授权");

        // revocation: only the platform admin revokes a standing grant, and marking again does not bring it back
        long grantId = standing.get("id").asLong();
        assertThat(api().post("/api/v1/sharing/grants/" + grantId + "/revoke", token(early.admin()), Map.of("reason", "不需要")).status()).isEqualTo(403);
        assertThat(api().post("/api/v1/sharing/grants/" + grantId + "/revoke", gat, Map.of("reason", "不需要")).status()).isEqualTo(403);
        assertThat(api().post("/api/v1/sharing/grants/" + grantId + "/revoke", admin, Map.of("reason", "该区另行对接")).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/data/" + code, countyUser).status()).isEqualTo(403);
        assertThat(api().put("/api/v1/sharing/return-flows/" + code, gat, Map.of("items", List.of("sfzhm", "xzqh"))).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/data/" + code, countyUser).status()).as("a revoked standing grant stays revoked").isEqualTo(403);
        assertThat(api().get("/api/v1/data/" + code, token(late.user())).json().get("items").valueStream().map(JsonNode::asString).toList())
                .as("the items narrowed for every standing grant").containsExactly("sfzhm", "xzqh");

        // audited: the marking, each standing grant, and each use under the purpose 数据回流
        JsonNode used = api().get("/api/v1/audit/search?resource=" + enc(code) + "&purpose=" + enc("数据回流") + "&size=200", token("auditor")).json();
        List<String> actions = used.get("entries").valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).contains("data.query", "sharing.GRANT_RETURN_FLOW", "sharing.GRANT_RETURN_FLOW_MARKED", "sharing.GRANT_REVOKED");

        // ending the flow revokes every standing grant at once
        assertThat(api().delete("/api/v1/sharing/return-flows/" + code + "?reason=" + enc("资源停用"), token(city.adminUser())).status()).isEqualTo(403);
        Api.Response ended = api().delete("/api/v1/sharing/return-flows/" + code + "?reason=" + enc("资源停用"), gat);
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(api().get("/api/v1/data/" + code, token(late.user())).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/sharing/return-flows/" + code, gat).status()).isEqualTo(404);
    }

    @Test
    void onlyProvinceLevelSharedResourcesWithARegionItem_flowBack_andOnlyTheirProviderOrThePlatformMarksThem() {
        String gat = token("gat_admin");
        String code = provincialResource(gat);
        assertThat(api().put("/api/v1/sharing/return-flows/" + code, token("zzdsj_admin"), Map.of()).status()).as("not the provider").isEqualTo(403);
        assertThat(api().put("/api/v1/sharing/return-flows/" + code, token("gat_user"), Map.of()).status()).as("not a data admin").isEqualTo(403);
        Api.Response unknownItem = api().put("/api/v1/sharing/return-flows/" + code, gat, Map.of("items", List.of("nosuch")));
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(unknownItem.contentType()).contains("problem+json");
        // 流动人口居住登记信息 has no region item
        assertThat(api().put("/api/v1/sharing/return-flows/101002/000001", gat, Map.of()).status()).isEqualTo(400);
        // a city's own resource (郑州市公共停车场信息) does not flow back
        String cityResource = api().get("/api/v1/catalog/resources?q=" + enc("郑州市公共停车场信息"), token("admin")).json().get("items").get(0).get("code").asString();
        assertThat(api().put("/api/v1/sharing/return-flows/" + cityResource, token("admin"), Map.of()).status()).isEqualTo(409);
        assertThat(api().get("/api/v1/sharing/return-flows/" + code, gat).status()).isEqualTo(404);
        assertThat(api().put("/api/v1/sharing/return-flows/" + code, token("admin"), Map.of()).status()).as("the platform admin may").isEqualTo(200);
        assertThat(api().delete("/api/v1/sharing/return-flows/" + code, gat).status()).as("a reason is required").isEqualTo(400);
        assertThat(api().delete("/api/v1/sharing/return-flows/" + code + "?reason=x", gat).status()).isEqualTo(200);
    }

    // ---- fixtures ----

    record County(long id, String admin, String user) {}

    private County county(String region, String adminToken) {
        int n = SEQ.incrementAndGet();
        String code = "RF" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + n;
        Api.Response d = api().post("/api/v1/admin/departments", adminToken, Map.of("code", code, "name", "测试区数据局" + code,
                "shortName", "测试区" + n, "regionCode", region, "level", "COUNTY"));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        long id = d.json().get("id").asLong();
        County c = new County(id, "rf_admin_" + code.toLowerCase(), "rf_user_" + code.toLowerCase());
        for (String[] u : new String[][] {{c.admin(), "DEPT_ADMIN"}, {c.user(), "DEPT_USER"}}) {
            Api.Response r = api().post("/api/v1/admin/users", adminToken, Map.of("username", u[0], "displayName", u[0], "departmentId", id,
                    "roles", Set.of(u[1]), "password", PASSWORD));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        return c;
    }

    /** A conditionally shared, published population resource of 公安厅 with a key ID number, a name and a region item. */
    private String provincialResource(String gat) {
        Map<String, Object> body = new HashMap<>(ResourceFixtures.valid());
        body.put("items", List.of(item("sfzhm", "公民身份号码", true, "SENSITIVE_PERSONAL"), item("xm", "姓名", false, "PERSONAL"),
                item("xzqh", "行政区划代码", false, "NONE")));
        body.put("shareType", "CONDITIONAL");
        body.put("shareConditions", "仅向依法履职需要的政务部门共享");
        body.put("openType", "NOT_OPEN");
        body.put("dataGradeLevel", 3);
        Api.Response created = api().post("/api/v1/catalog/resources", gat, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.json().get("code").asString();
        api().post("/api/v1/catalog/resources/" + code + "/submit", gat, null);
        assertThat(api().post("/api/v1/catalog/resources/" + code + "/publish", token("admin"), null).status()).isEqualTo(200);
        return code;
    }

    private long lastBatch;

    private String[] push(String gat, String code) {
        String[] ids = new String[REGIONS.length];
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < REGIONS.length; i++) {
            ids[i] = CitizenIdNumber.withCheckDigit(REGIONS[i] + "19750" + (i + 1) + "2" + i + String.format("%03d", (System.nanoTime() + i) % 1000));
            json.append(i == 0 ? "" : ",").append("{\"sfzhm\":\"").append(ids[i]).append("\",\"xm\":\"诸葛").append(i).append("\",\"xzqh\":\"")
                    .append(REGIONS[i]).append("\"}");
        }
        Api.Response pushed = api().send("POST", "/api/v1/catalog/resources/" + code + "/rows", gat, json.append("]").toString());
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
        lastBatch = pushed.json().get("id").asLong();
        JsonNode done = await("/api/v1/batches/" + lastBatch, gat, b -> !b.get("status").asString().equals("RUNNING"));
        assertThat(done.get("status").asString()).isEqualTo("SUCCEEDED");
        return ids;
    }

    private static Map<String, Object> item(String name, String label, boolean key, String sensitivity) {
        Map<String, Object> item = new HashMap<>();
        item.put("name", name);
        item.put("label", label);
        item.put("dataType", "CHARACTER");
        item.put("length", 50);
        item.put("required", key);
        item.put("key", key);
        item.put("sensitivity", sensitivity);
        return item;
    }

    private static String masked(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
