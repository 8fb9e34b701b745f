package io.yudex.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.governance.verification.TicketService;
import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 公安厅's 户籍人口 (101001/000001, key sfzhm) against 人社厅's 参保信息 (210002/000001, key sfzhm + xz) on the ID number,
 * names compared without spaces; the name is 公安厅's to answer for.
 */
class ComparisonApiIT extends IntegrationTest {

    static final String PEOPLE = "101001/000001";
    static final String INSURED = "210002/000001";

    @Autowired
    TicketService tickets;

    static String id(int i) {
        LocalDate born = LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28);
        return CitizenIdNumber.withCheckDigit("410105" + born.toString().replace("-", "") + String.format("%03d", 100 + i));
    }

    /** People 0–49 of the population, named by {@code name}. */
    static String people(IntFunction<String> name) {
        StringBuilder sb = new StringBuilder("sfzhm,xm,xb,csrq,mz,hjdz,xzqh\n");
        for (int i = 0; i < 50; i++) {
            String born = id(i).substring(6, 14);
            String sex = (100 + i) % 2 == 1 ? "1" : "2";
            sb.append(id(i)).append(',').append(name.apply(i)).append(',').append(sex).append(',').append(born, 0, 4).append('-')
                    .append(born, 4, 6).append('-').append(born, 6, 8).append(",01,河南省郑州市金水区,410105\n");
        }
        return sb.toString();
    }

    /**
     * Insured people 5–59, two insurance lines each: 0–4 only in the population, 50–59 only insured; every tenth from 3 on
     * (13, 23, 33, 43) insured under another name, every tenth from 7 on written with a space (the same name).
     */
    static String insured() {
        StringBuilder sb = new StringBuilder("sfzhm,xm,xz,cbzt,cbdw,jfjs\n");
        for (int i = 5; i < 60; i++) {
            String name = i % 10 == 3 ? "别名" + i : i % 10 == 7 ? "比 对" + i : "比对" + i;
            for (String xz : List.of("110", "210")) {
                sb.append(i == 13 ? id(i).toLowerCase() : id(i)).append(',').append(name).append(',').append(xz).append(",1,某单位,5000\n");
            }
        }
        return sb.toString();
    }


    void load(String resource, String admin, String csv) {
        String token = token(admin);
        Api.Response r = api().multipart("/api/v1/catalog/resources/" + resource + "/batches?mode=FULL_REPLACE&force=true", token, "file", "data.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        JsonNode b = await("/api/v1/batches/" + r.json().get("id").asLong(), token, x -> !x.get("status").asString().equals("RUNNING"));
        assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("SUCCEEDED");
    }

    static Map<String, Object> definition() {
        return Map.of("leftKey", "sfzhm", "rightKey", "sfzhm", "keyNormalise", List.of("half-width", "trim", "upper"),
                "items", List.of(Map.of("left", "xm", "right", "xm", "normalise", List.of("trim", "no-spaces"), "owner", "left")));
    }

    long create(String admin) {
        Api.Response r = api().post("/api/v1/governance/comparisons", admin, Map.of("name", "户籍人口与参保人员姓名比对", "left", PEOPLE, "right", INSURED,
                "definition", definition()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    JsonNode run(long comparison, String admin) {
        Api.Response started = api().post("/api/v1/governance/comparisons/" + comparison + "/runs", admin, Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode run = await("/api/v1/governance/comparison-runs/" + started.json().get("id").asLong(), admin,
                x -> !x.get("status").asString().equals("RUNNING"));
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        return run;
    }

    @Nested
    class Definitions {

        @Test
        void badDefinitions_are400sNamingTheField_andOnlyThePlatformAdminDefines() {
            String admin = token("admin");
            Map<String, Object> nonKey = Map.of("leftKey", "xm", "rightKey", "sfzhm", "items", List.of(Map.of("left", "xb", "right", "nope")));
            Api.Response r = api().post("/api/v1/governance/comparisons", admin, Map.of("name", "x", "left", PEOPLE, "right", INSURED, "definition", nonKey));
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.contentType()).contains("application/problem+json");
            assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                    .containsExactly("definition.leftKey", "definition.items[0].right");
            Api.Response same = api().post("/api/v1/governance/comparisons", admin, Map.of("name", "x", "left", PEOPLE, "right", "101002/000001",
                    "definition", definition()));
            assertThat(same.status()).as(same.body()).isEqualTo(400);
            assertThat(same.body()).contains("two departments");
            Api.Response badNormalise = api().post("/api/v1/governance/comparisons", admin, Map.of("name", "x", "left", PEOPLE, "right", INSURED,
                    "definition", Map.of("leftKey", "sfzhm", "rightKey", "sfzhm", "items", List.of(Map.of("left", "xm", "right", "xm",
                            "normalise", List.of("soundex"))))));
            assertThat(badNormalise.status()).isEqualTo(400);
            assertThat(badNormalise.body()).contains("soundex");
            assertThat(api().post("/api/v1/governance/comparisons", token("gat_admin"), Map.of("name", "x", "left", PEOPLE, "right", INSURED,
                    "definition", definition())).status()).isEqualTo(403);
            assertThat(api().get("/api/v1/governance/comparisons/999999", admin).status()).isEqualTo(404);
        }
    }

    @Nested
    class RunsAndTickets {

        @Test
        void conflictsAreCounted_ticketsReachTheOwner_andCloseWhenTheCorrectionArrives() {
            String admin = token("admin");
            String gat = token("gat_admin");
            String rst = token("rst_admin");
            load(PEOPLE, "gat_admin", people(i -> "比对" + i));
            load(INSURED, "rst_admin", insured());
            long comparison = create(admin);

            JsonNode run = run(comparison, admin);
            assertThat(run.get("matched").asLong()).isEqualTo(45);
            assertThat(run.get("onlyLeft").asLong()).isEqualTo(5);
            assertThat(run.get("onlyRight").asLong()).isEqualTo(10);
            assertThat(run.get("conflicting").asLong()).isEqualTo(4);
            JsonNode item = run.get("items").get(0);
            assertThat(item.get("conflicting").asLong()).isEqualTo(4);
            assertThat(item.get("equal").asLong()).isEqualTo(41);
            long runId = run.get("id").asLong();
            JsonNode conflicts = api().get("/api/v1/governance/comparison-runs/" + runId + "/rows?kind=CONFLICT", rst).json();
            assertThat(conflicts.valueStream().map(c -> c.get("key").asString()))
                    .containsExactlyInAnyOrder(id(13).toUpperCase(), id(23), id(33), id(43));
            JsonNode first = conflicts.valueStream().filter(c -> c.get("key").asString().equals(id(13).toUpperCase())).findFirst().orElseThrow()
                    .get("items").get(0);
            assertThat(first.get("left").asString()).isEqualTo("比对13");
            assertThat(first.get("right").asString()).isEqualTo("别名13");
            assertThat(api().get("/api/v1/governance/comparison-runs/" + runId + "/rows?kind=ONLY_RIGHT", admin).json().size()).isEqualTo(10);
            assertThat(api().get("/api/v1/governance/comparison-runs/" + runId, token("scjgj_admin")).status()).isEqualTo(403);
            Api.Response csv = api().get("/api/v1/governance/comparison-runs/" + runId + "/download", admin);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.body()).contains("别名13");

            var console = io.yudex.support.ConsoleSession.login(port, "admin", PASSWORD);
            var page = console.get("/governance/comparison?id=" + comparison);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("别名13").contains("id=\"conflict-count\">4<");

            // A selection first: one ticket, routed to 公安厅 (owner of the name) with a working-day deadline.
            Api.Response bad = api().post("/api/v1/governance/comparison-runs/" + runId + "/tickets", admin, Map.of("keys", List.of(id(20))));
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            Api.Response one = api().post("/api/v1/governance/comparison-runs/" + runId + "/tickets", admin, Map.of("keys", List.of(id(23))));
            assertThat(one.status()).as(one.body()).isEqualTo(201);
            JsonNode ticket = one.json().get(0);
            long t23 = ticket.get("id").asLong();
            assertThat(ticket.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(ticket.get("resource").asString()).isEqualTo(PEOPLE);
            assertThat(ticket.get("ownerValue").asString()).isEqualTo("比对23");
            assertThat(ticket.get("otherValue").asString()).isEqualTo("别名23");
            assertThat(ticket.get("deadline").isNull()).isFalse();
            // Then all the rest: the open one is not doubled.
            Api.Response rest = api().post("/api/v1/governance/comparison-runs/" + runId + "/tickets", admin, Map.of());
            assertThat(rest.status()).isEqualTo(201);
            assertThat(rest.json().size()).isEqualTo(3);

            assertThat(api().get("/api/v1/governance/tickets", gat).json().valueStream().map(t -> t.get("id").asLong())).contains(t23);
            assertThat(api().get("/api/v1/governance/tickets", rst).json().valueStream().map(t -> t.get("id").asLong())).doesNotContain(t23);
            assertThat(api().post("/api/v1/governance/tickets/" + t23 + "/answer", rst, Map.of("answer", "CONFIRMED", "comment", "x")).status())
                    .isIn(403, 404);
            assertThat(api().post("/api/v1/governance/tickets/" + t23 + "/answer", gat, Map.of("answer", "MAYBE")).status()).isEqualTo(400);
            // nothing of a refused action is applied: the ticket and its history are as they were
            JsonNode untouched = api().get("/api/v1/governance/tickets/" + t23, gat).json();
            assertThat(untouched.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(untouched.get("history").size()).isEqualTo(2);
            assertThat(api().post("/api/v1/governance/tickets/" + t23 + "/reassign", gat, Map.of("comment", "不归我管")).status()).isEqualTo(403);
            var gatConsole = io.yudex.support.ConsoleSession.login(port, "gat_admin", PASSWORD);
            assertThat(gatConsole.get("/governance/tickets").body()).contains("别名23");
            var ticketPage = gatConsole.get("/governance/ticket?id=" + t23);
            assertThat(ticketPage.status()).isEqualTo(200);
            assertThat(ticketPage.body()).contains("answer-form").contains("别名23");
            Api.Response answered = api().post("/api/v1/governance/tickets/" + t23 + "/answer", gat, Map.of("answer", "CORRECTED", "comment", "已更正"));
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);
            assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");

            // The correction arrives with 公安厅's next batch: the comparison re-runs and the ticket closes by itself.
            load(PEOPLE, "gat_admin", people(i -> i == 23 ? "别名23" : "比对" + i));
            JsonNode closed = await("/api/v1/governance/tickets/" + t23, gat, x -> x.get("status").asString().equals("CLOSED"));
            assertThat(closed.get("history").valueStream().map(h -> h.get("to").asString()))
                    .containsExactly("OPENED", "ASSIGNED", "ANSWERED", "CLOSED");
            assertThat(closed.get("history").get(3).get("actor").asString()).isEqualTo("system");
            Api.Response late = api().post("/api/v1/governance/tickets/" + t23 + "/answer", gat, Map.of("answer", "CONFIRMED", "comment", "晚了"));
            assertThat(late.status()).as(late.body()).isEqualTo(409);
            assertThat(late.contentType()).contains("application/problem+json");
            JsonNode afterLate = api().get("/api/v1/governance/tickets/" + t23, gat).json();
            assertThat(afterLate.get("status").asString()).isEqualTo("CLOSED");
            assertThat(afterLate.get("history").size()).isEqualTo(4);

            // Unanswered tickets escalate past their deadline; the platform admin sends one back.
            long t13 = rest.json().get(0).get("id").asLong();
            clock.advance(Duration.ofDays(30));
            assertThat(tickets.escalateOverdue()).isGreaterThanOrEqualTo(3);
            admin = token("admin");
            assertThat(api().get("/api/v1/governance/tickets/" + t13, admin).json().get("status").asString()).isEqualTo("ESCALATED");
            Api.Response back = api().post("/api/v1/governance/tickets/" + t13 + "/reassign", admin, Map.of("comment", "请尽快核实"));
            assertThat(back.status()).as(back.body()).isEqualTo(200);
            assertThat(back.json().get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(api().post("/api/v1/governance/tickets/" + t13 + "/reassign", admin, Map.of("departmentId", 999999)).status()).isEqualTo(400);
        }

        @Test
        void aConsumerDoubtsAValue_theTicketGoesToTheProvider() {
            String rst = token("rst_admin");
            Api.Response r = api().post("/api/v1/governance/tickets", rst, Map.of("resource", PEOPLE, "key", id(1), "item", "xm", "expected", "张三",
                    "comment", "办理社保时姓名与户籍不一致"));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(r.json().get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(r.json().get("departmentName").asString()).contains("公安");
            Api.Response bad = api().post("/api/v1/governance/tickets", rst, Map.of("resource", PEOPLE, "key", id(1), "item", "nope"));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList()).containsExactly("item", "comment");
        }
    }

    @Nested
    class FusedRecords {

        @Test
        void eachItemComesFromItsAuthoritativeSource_withProvenance_andTheOtherValuesShown() {
            String admin = token("admin");
            load(PEOPLE, "gat_admin", people(i -> "比对" + i));
            load(INSURED, "rst_admin", insured());
            String sources = "/api/v1/governance/fused/population/sources";
            Api.Response bad = api().put(sources, admin, Map.of("sources", List.of(
                    Map.of("item", "xm", "priority", 1, "resource", PEOPLE, "keyColumn", "xm", "column", "xm"),
                    Map.of("item", "xm", "priority", 1, "resource", INSURED, "keyColumn", "sfzhm", "column", "nope"))));
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                    .containsExactly("sources[0].keyColumn", "sources[1].priority", "sources[1].column");
            Api.Response saved = api().put(sources, admin, Map.of("sources", List.of(
                    Map.of("item", "xm", "priority", 1, "resource", PEOPLE, "keyColumn", "sfzhm", "column", "xm"),
                    Map.of("item", "xm", "priority", 2, "resource", INSURED, "keyColumn", "sfzhm", "column", "xm"),
                    Map.of("item", "csrq", "priority", 1, "resource", PEOPLE, "keyColumn", "sfzhm", "column", "csrq"),
                    Map.of("item", "cbzt", "priority", 1, "resource", INSURED, "keyColumn", "sfzhm", "column", "cbzt"))));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(api().put(sources, token("gat_admin"), Map.of("sources", List.of())).status()).isEqualTo(403);

            JsonNode person = api().get("/api/v1/governance/fused/population/records/" + id(23), admin).json();
            Map<String, JsonNode> items = new java.util.HashMap<>();
            person.get("items").forEach(i -> items.put(i.get("item").asString(), i));
            assertThat(items.get("xm").get("value").asString()).isEqualTo("比对23");
            assertThat(items.get("xm").get("source").get("resource").asString()).isEqualTo(PEOPLE);
            assertThat(items.get("xm").get("source").get("department").asString()).contains("公安");
            assertThat(items.get("xm").get("source").get("batch").asLong()).isPositive();
            assertThat(items.get("xm").get("others").get(0).get("value").asString()).isEqualTo("别名23");
            assertThat(items.get("cbzt").get("value").asString()).isEqualTo("1");
            assertThat(items.get("cbzt").get("source").get("resource").asString()).isEqualTo(INSURED);
            assertThat(items.get("csrq").get("value").asString()).startsWith(String.valueOf(1960 + 23 % 40));
            // Only in the population: the insured-only item has no value.
            JsonNode onlyPeople = api().get("/api/v1/governance/fused/population/records/" + id(2), admin).json();
            assertThat(onlyPeople.get("items").valueStream().filter(i -> i.get("item").asString().equals("cbzt")).findFirst().orElseThrow()
                    .get("value").isNull()).isTrue();
            assertThat(api().get("/api/v1/governance/fused/population/records/110101199001011234", admin).status()).isEqualTo(404);
            assertThat(api().get("/api/v1/governance/fused/health/records/" + id(2), admin).status()).isEqualTo(400);
            assertThat(api().get("/api/v1/governance/fused/population/records/" + id(2), token("gat_admin")).status()).isEqualTo(403);
        }
    }
}
