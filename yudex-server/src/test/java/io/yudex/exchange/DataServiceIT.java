package io.yudex.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 郑州市大数据局 reads 公安厅's population through a grant limited to items and to its own region; every way around
 * the grant is tried and refused, and each use lands in the audit log.
 */
class DataServiceIT extends IntegrationTest {

    static final String POPULATION = "101001/000001";

    /** Two people of Zhengzhou (410105) and one of Luoyang (410302), pushed by the provider. */
    private String[] pushPeople() {
        String gat = token("gat_admin");
        String[] ids = new String[3];
        StringBuilder json = new StringBuilder("[");
        String[] regions = {"410105", "410105", "410302"};
        for (int i = 0; i < 3; i++) {
            ids[i] = CitizenIdNumber.withCheckDigit(regions[i] + "19880" + (i + 1) + "15" + String.format("%03d", 900 + i + (int) (System.nanoTime() % 50)));
            json.append(i == 0 ? "" : ",").append("{\"sfzhm\":\"").append(ids[i]).append("\",\"xm\":\"欧阳").append(i).append("\",\"xb\":\"")
                    .append(i % 2 == 0 ? "2" : "1").append("\",\"csrq\":\"1988-0").append(i + 1).append("-15\",\"xzqh\":\"").append(regions[i])
                    .append("\"}");
        }
        Api.Response pushed = api().send("POST", "/api/v1/catalog/resources/" + POPULATION + "/rows", gat, json.append("]").toString());
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
        long id = pushed.json().get("id").asLong();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)
                && api().get("/api/v1/batches/" + id, gat).json().get("status").asString().equals("RUNNING")) {
            Thread.onSpinWait();
        }
        assertThat(api().get("/api/v1/batches/" + id, gat).json().get("status").asString()).isEqualTo("SUCCEEDED");
        return ids;
    }

    private long grant(String city, String region) {
        Map<String, Object> a = Map.of("resourceCode", POPULATION, "items", List.of("sfzhm", "xm", "xzqh"), "purpose", "数据校核",
                "basis", "核验本市户籍人员社会保障待遇资格", "rowScope", region, "modes", List.of("QUERY"),
                "validUntil", LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()).plusMonths(3).toString());
        long id = api().post("/api/v1/sharing/applications", city, a).json().get("id").asLong();
        return api().post("/api/v1/sharing/applications/" + id + "/decision", token("gat_admin"), Map.of("decision", "approve")).json()
                .get("grantId").asLong();
    }

    @Test
    void keyLookUp_returnsMaskedGrantedItems_onlyWithinTheRegion_andIsAudited() {
        String[] ids = pushPeople();
        String city = token("zzdsj_user");
        long grant = grant(city, "410100");

        JsonNode page = api().get("/api/v1/data/" + POPULATION + "?sfzhm=" + ids[0], city).json();
        assertThat(page.get("grantId").asLong()).isEqualTo(grant);
        assertThat(page.get("items").valueStream().map(JsonNode::asString).toList()).containsExactly("sfzhm", "xm", "xzqh");
        assertThat(page.get("masked").valueStream().map(JsonNode::asString).toList()).contains("sfzhm", "xm");
        JsonNode row = page.get("rows").get(0);
        assertThat(row.get("sfzhm").asString()).startsWith("410105").endsWith(ids[0].substring(14)).contains("********");
        assertThat(row.get("xm").asString()).as("欧阳0: the surname character stays").isEqualTo("欧**");
        assertThat(row.has("csrq")).as("not granted").isFalse();

        assertThat(api().get("/api/v1/data/" + POPULATION + "?sfzhm=" + ids[2], city).json().get("rows")).as("Luoyang is outside 410100").isEmpty();

        JsonNode entries = api().get("/api/v1/audit/entries?limit=10000", token("auditor")).json();
        assertThat(entries.valueStream().filter(e -> e.get("action").asString().equals("data.query"))
                .map(e -> e.get("detail").asString())).anyMatch(d -> d.contains("filter=sfzhm=" + ids[0]) && d.contains("rows=1"));
    }

    @Test
    void everyWayAroundTheGrant_isRefused_withoutTellingGrantedFromUnknown() {
        pushPeople();
        // 洛阳: the only grant this department holds on the resource, so its revocation ends all access
        String city = token("lydsj_user");
        long grant = grant(city, "410300");
        Api.Response notGranted = api().get("/api/v1/data/" + POPULATION + "?csrq=1988-01-15", city);
        Api.Response unknown = api().get("/api/v1/data/" + POPULATION + "?nosuch=1", city);
        assertThat(notGranted.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(notGranted.json().get("errors").get(0).get("message").asString().replace("csrq", "X"))
                .isEqualTo(unknown.json().get("errors").get(0).get("message").asString().replace("nosuch", "X"));
        assertThat(api().get("/api/v1/data/" + POPULATION + "?fields=sfzhm,hjdz", city).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/data/" + POPULATION + "?limit=100000", city).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/data/" + POPULATION + "?xm=" + java.net.URLEncoder.encode("' OR '1'='1", java.nio.charset.StandardCharsets.UTF_8), city).json().get("rows")).as("values are bound, not spliced")
                .isEmpty();
        assertThat(api().get("/api/v1/data/" + POPULATION, token("kfdsj_user")).status()).as("another city without a grant").isEqualTo(403);

        api().post("/api/v1/sharing/grants/" + grant + "/revoke", token("gat_admin"), Map.of("reason", "用途已完成"));
        assertThat(api().get("/api/v1/data/" + POPULATION, city).status()).as("revocation takes effect on the next request").isEqualTo(403);
        JsonNode entries = api().get("/api/v1/audit/entries?limit=10000", token("auditor")).json();
        assertThat(entries.valueStream().map(e -> e.get("detail").isNull() ? "" : e.get("detail").asString()))
                .anyMatch(d -> d.contains("REFUSED"));
    }
}
