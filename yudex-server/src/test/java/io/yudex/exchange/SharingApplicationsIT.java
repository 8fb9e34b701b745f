package io.yudex.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 郑州市大数据局 applies for provincial data: 公安厅's household population (conditional), 市场监管局's market
 * entities (unconditional) and 卫健委's vaccinations (not shared).
 */
class SharingApplicationsIT extends IntegrationTest {

    static final String POPULATION = "101001/000001";
    static final String ENTERPRISES = "102001/000001";
    static final String VACCINATIONS = "208003/000001";

    @Autowired
    ApplicationService service;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Map<String, Object> application(String code, List<String> items) {
        Map<String, Object> a = new HashMap<>();
        a.put("resourceCode", code);
        a.put("items", items);
        a.put("purpose", "数据校核");
        a.put("basis", "《河南省政务数据共享管理办法》：核验户籍人员社会保障待遇资格");
        a.put("rowScope", "410100");
        a.put("modes", List.of("QUERY"));
        a.put("validUntil", today().plusYears(1).toString());
        return a;
    }

    private JsonNode apply(String token, Map<String, Object> body) {
        Api.Response r = api().post("/api/v1/sharing/applications", token, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Nested
    class Conditional {

        @Test
        void providerApprovesANarrowerGrant_andBothSidesSeeIt() {
            String city = token("zzdsj_user");
            JsonNode a = apply(city, application(POPULATION, List.of("sfzhm", "xm", "csrq")));
            long id = a.get("id").asLong();
            assertThat(a.get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(a.get("dueDate").isNull()).isFalse();

            String provider = token("gat_admin");
            assertThat(api().get("/api/v1/sharing/applications?view=incoming", provider).body()).contains("\"id\":" + id);
            LocalDate shorter = today().plusMonths(6);
            Api.Response decided = api().post("/api/v1/sharing/applications/" + id + "/decision", provider,
                    Map.of("decision", "approve", "items", List.of("sfzhm", "xm"), "validUntil", shorter.toString(), "reason", "出生日期不属于核验所需"));
            assertThat(decided.status()).as(decided.body()).isEqualTo(200);
            JsonNode approved = decided.json();
            assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
            assertThat(approved.get("grantedItems").valueStream().map(JsonNode::asString).toList()).containsExactly("sfzhm", "xm");

            JsonNode grant = api().get("/api/v1/sharing/grants/" + approved.get("grantId").asLong(), city).json();
            assertThat(grant.get("state").asString()).isEqualTo("ACTIVE");
            assertThat(grant.get("rowScope").asString()).isEqualTo("410100");
            assertThat(grant.get("validUntil").asString()).isEqualTo(shorter.toString());
            assertThat(api().get("/api/v1/sharing/grants", provider).body()).contains("\"applicationId\":" + id);

            JsonNode history = api().get("/api/v1/sharing/applications/" + id + "/history", city).json();
            assertThat(history.valueStream().map(e -> e.get("action").asString()).toList()).containsExactly("SUBMITTED", "APPROVED");
            assertThat(history.get(1).get("comment").asString()).contains("items narrowed").contains("valid until");

            assertThat(api().get("/api/v1/sharing/applications/" + id, token("rst_user")).status()).as("other departments").isEqualTo(404);
            Api.Response again = api().post("/api/v1/sharing/applications/" + id + "/decision", provider, Map.of("decision", "reject", "reason", "x"));
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.body()).contains("APPROVED");
        }

        @Test
        void deadline_countsWorkingDaysPastHolidays_andEscalatesToThePlatformAdmin() {
            String admin = token("admin");
            // a public holiday on the third weekday from today pushes the deadline one working day further
            LocalDate holiday = weekdaysAfter(today(), 3);
            assertThat(api().put("/api/v1/admin/calendar/days/" + holiday, admin, Map.of("working", false, "name", "测试假日")).status())
                    .isEqualTo(200);
            try {
                JsonNode a = apply(token("zzdsj_user"), application(POPULATION, List.of("sfzhm")));
                assertThat(LocalDate.parse(a.get("dueDate").asString())).isEqualTo(weekdaysAfter(today(), 11));

                clock.advance(Duration.ofDays(20));
                assertThat(service.escalateOverdue()).isGreaterThanOrEqualTo(1);
                long id = a.get("id").asLong();
                String provider = token("gat_admin");
                assertThat(api().get("/api/v1/sharing/applications/" + id, provider).json().get("status").asString()).isEqualTo("ESCALATED");
                assertThat(api().post("/api/v1/sharing/applications/" + id + "/decision", provider, Map.of("decision", "approve")).status())
                        .as("the provider missed its deadline").isEqualTo(403);
                String fresh = token("admin");
                assertThat(api().post("/api/v1/sharing/applications/" + id + "/decision", fresh, Map.of("decision", "reject")).status())
                        .as("a rejection needs a reason").isEqualTo(400);
                JsonNode rejected = api().post("/api/v1/sharing/applications/" + id + "/decision", fresh,
                        Map.of("decision", "reject", "reason", "用途与申请资源不符")).json();
                assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
                assertThat(rejected.get("grantId").isNull()).isTrue();
            } finally {
                api().put("/api/v1/admin/calendar/days/" + holiday, token("admin"), Map.of());
            }
        }

        private static LocalDate weekdaysAfter(LocalDate from, int n) {
            LocalDate d = from;
            for (int counted = 0; counted < n; ) {
                d = d.plusDays(1);
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    counted++;
                }
            }
            return d;
        }
    }

    @Test
    void unconditional_isGrantedOnApplication_stillRecordedAndLimitedToWhatWasAsked() {
        JsonNode a = apply(token("zzdsj_user"), application(ENTERPRISES, List.of("tyshxydm", "qymc")));
        assertThat(a.get("status").asString()).isEqualTo("APPROVED");
        assertThat(a.get("decidedBy").asString()).isEqualTo("platform");
        JsonNode grant = api().get("/api/v1/sharing/grants/" + a.get("grantId").asLong(), token("zzdsj_user")).json();
        assertThat(grant.get("items").valueStream().map(JsonNode::asString).toList()).containsExactly("tyshxydm", "qymc");
    }

    @Test
    void notShared_cannotBeAppliedFor_butADisputeGoesToThePlatformAdmin() {
        String city = token("zzdsj_admin");
        Api.Response refused = api().post("/api/v1/sharing/applications", city, application(VACCINATIONS, List.of("sfzhm", "ymmc")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("不予共享").contains("legal basis").contains("disputes");

        Api.Response disputed = api().post("/api/v1/sharing/disputes", city, application(VACCINATIONS, List.of("sfzhm", "ymmc")));
        assertThat(disputed.status()).as(disputed.body()).isEqualTo(201);
        long id = disputed.json().get("id").asLong();
        assertThat(disputed.json().get("status").asString()).isEqualTo("DISPUTED");
        assertThat(api().post("/api/v1/sharing/applications/" + id + "/decision", token("wjw_admin"), Map.of("decision", "approve")).status())
                .isEqualTo(403);
        JsonNode decided = api().post("/api/v1/sharing/applications/" + id + "/decision", token("admin"),
                Map.of("decision", "approve", "items", List.of("sfzhm"), "reason", "疫情防控期间依法核验")).json();
        assertThat(decided.get("status").asString()).isEqualTo("APPROVED");
        assertThat(decided.get("grantedItems").valueStream().map(JsonNode::asString).toList()).containsExactly("sfzhm");
    }

    @Test
    void badApplications_are400sNamingEveryField() {
        String city = token("zzdsj_user");
        Map<String, Object> bad = application(POPULATION, List.of("sfzhm", "nope", "sfzhm"));
        bad.put("purpose", "好奇");
        bad.put("basis", " ");
        bad.put("rowScope", "999999");
        bad.put("validUntil", today().minusDays(1).toString());
        Api.Response r = api().post("/api/v1/sharing/applications", city, bad);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .contains("items[1]", "items[2]", "purpose", "basis", "rowScope", "validUntil");
        assertThat(api().post("/api/v1/sharing/applications", token("gat_user"), application(POPULATION, List.of("sfzhm"))).status())
                .as("a department's own resource").isEqualTo(400);
        assertThat(api().post("/api/v1/sharing/applications", token("auditor"), application(POPULATION, List.of("sfzhm"))).status())
                .isEqualTo(403);
    }

    @Test
    void decisions_mayOnlyNarrow_andGrantsAreRevokedByTheProviderOnly() {
        String city = token("zzdsj_user");
        long id = apply(city, application(POPULATION, List.of("sfzhm", "xm"))).get("id").asLong();
        String provider = token("gat_admin");
        Api.Response wider = api().post("/api/v1/sharing/applications/" + id + "/decision", provider,
                Map.of("decision", "approve", "items", List.of("sfzhm", "hjdz")));
        assertThat(wider.status()).isEqualTo(400);
        assertThat(wider.body()).contains("hjdz");
        assertThat(api().post("/api/v1/sharing/applications/" + id + "/decision", provider, Map.of("decision", "maybe")).status()).isEqualTo(400);
        assertThat(api().post("/api/v1/sharing/applications/" + id + "/decision", token("rst_admin"), Map.of("decision", "approve")).status())
                .isEqualTo(404);

        long grant = api().post("/api/v1/sharing/applications/" + id + "/decision", provider, Map.of("decision", "approve")).json()
                .get("grantId").asLong();
        assertThat(api().post("/api/v1/sharing/grants/" + grant + "/revoke", token("zzdsj_admin"), Map.of("reason", "x")).status())
                .isEqualTo(403);
        JsonNode revoked = api().post("/api/v1/sharing/grants/" + grant + "/revoke", provider, Map.of("reason", "用途已完成")).json();
        assertThat(revoked.get("state").asString()).isEqualTo("REVOKED");
        assertThat(api().post("/api/v1/sharing/grants/" + grant + "/revoke", provider, Map.of("reason", "again")).status()).isEqualTo(409);
    }
}
