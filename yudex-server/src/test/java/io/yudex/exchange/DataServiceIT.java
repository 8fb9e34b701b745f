package io.yudex.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import io.yudex.support.TestDepartment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
        lastBatch = id;
        return ids;
    }

    private long grant(String city, String region) {
        Map<String, Object> a = Map.of("resourceCode", POPULATION, "items", List.of("sfzhm", "xm", "xzqh"), "purpose", "数据校核",
                "basis", "核验本市户籍人员社会保障待遇资格", "rowScope", region, "modes", List.of("QUERY"),
                "validUntil", LocalDate.now(clock).plusMonths(3).toString());
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
    void feed_sendsOnlyTheChangesInsideTheGrantsRegion_maskedLikeQueries() {
        TestDepartment d = TestDepartment.create(api(), token("admin"), PASSWORD);
        String city = token(d.consumerUser());
        Map<String, Object> a = Map.of("resourceCode", POPULATION, "items", List.of("sfzhm", "xm", "xzqh"), "purpose", "数据校核",
                "basis", "本市户籍人员变动同步", "rowScope", "410100", "modes", List.of("FEED"),
                "validUntil", LocalDate.now(clock).plusMonths(3).toString());
        long id = api().post("/api/v1/sharing/applications", city, a).json().get("id").asLong();
        assertThat(api().post("/api/v1/sharing/applications/" + id + "/decision", token("gat_admin"), Map.of("decision", "approve")).status())
                .isEqualTo(200);
        String[] ids = pushPeople();

        JsonNode feed = api().get("/api/v1/data/" + POPULATION + "/changes?since=" + (lastBatch - 1), city).json();
        List<JsonNode> changes = feed.get("changes").valueStream().toList();
        assertThat(changes).hasSize(2);
        assertThat(changes).allSatisfy(c -> assertThat(c.get("row").get("xzqh").asString()).startsWith("4101"));
        assertThat(changes.stream().map(c -> c.get("row").get("sfzhm").asString()).toList())
                .allSatisfy(v -> assertThat(v).contains("****"))
                .noneMatch(v -> v.endsWith(ids[2].substring(14)) && v.startsWith("410302"));
        assertThat(changes.getFirst().get("row").has("csrq")).as("not granted").isFalse();
        assertThat(feed.get("masked").valueStream().map(JsonNode::asString).toList()).contains("sfzhm", "xm");
        assertThat(api().get("/api/v1/data/" + POPULATION + "?sfzhm=" + ids[0], city).status()).as("a feed grant is no query grant").isEqualTo(403);
    }

    @Test
    void feed_pagesThroughABatchLargerThanTheLimit_withACursor_pinnedAgainstLaterBatches() {
        TestDepartment d = TestDepartment.create(api(), token("admin"), PASSWORD);
        String city = token(d.consumerUser());
        Map<String, Object> a = Map.of("resourceCode", POPULATION, "items", List.of("sfzhm", "xm", "xzqh"), "purpose", "数据校核",
                "basis", "本市户籍人员变动同步", "rowScope", "410100", "modes", List.of("FEED"),
                "validUntil", LocalDate.now(clock).plusMonths(3).toString());
        long id = api().post("/api/v1/sharing/applications", city, a).json().get("id").asLong();
        assertThat(api().post("/api/v1/sharing/applications/" + id + "/decision", token("gat_admin"), Map.of("decision", "approve")).status())
                .isEqualTo(200);
        List<String> ids = pushRegion("410181", 25);
        long big = lastBatch;
        String base = "/api/v1/data/" + POPULATION + "/changes?since=" + (big - 1) + "&limit=10";

        List<String> seen = new java.util.ArrayList<>();
        JsonNode page = api().get(base, city).json();
        long upTo = page.get("upTo").asLong();
        assertThat(upTo).isEqualTo(big);
        assertThat(page.get("truncated").asBoolean()).isTrue();
        int pages = 0;
        while (true) {
            pages++;
            page.get("changes").forEach(c -> seen.add(c.get("row").get("sfzhm").asString()));
            assertThat(page.get("upTo").asLong()).as("the range stays pinned").isEqualTo(upTo);
            if (page.get("nextCursor").isNull()) {
                break;
            }
            if (pages == 1) {
                pushRegion("410181", 3);   // a later batch must not shift the pages of this one
            }
            page = api().get(base + "&cursor=" + enc(page.get("nextCursor").asString()), city).json();
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ids.stream().map(v -> v.substring(0, 6) + "********" + v.substring(14)).toList());

        JsonNode after = api().get("/api/v1/data/" + POPULATION + "/changes?since=" + upTo + "&limit=10", city).json();
        assertThat(after.get("changes")).as("the batch that came meanwhile, from since = upTo").hasSize(3);
        assertThat(after.get("truncated").asBoolean()).isFalse();

        String cursor = api().get(base, city).json().get("nextCursor").asString();
        for (String wrong : List.of("/api/v1/data/" + POPULATION + "/changes?since=" + big + "&limit=10&cursor=" + enc(cursor),
                base + "&cursor=" + enc(cursor.substring(0, cursor.length() - 2) + (cursor.endsWith("AA") ? "BB" : "AA")), base + "&cursor=garbage")) {
            Api.Response r = api().get(wrong, city);
            assertThat(r.status()).as(wrong).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
        }
        assertThat(api().get(base + "&cursor=" + enc(cursor), token("zzdsj_user")).status()).as("no feed grant there").isEqualTo(403);
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

    // ---- serving store: filters, sort, keyset pages, cursors, union of grants, per-grant masks, quotas ----

    private long lastBatch;

    /** {@code n} people of one region, loaded by the provider; returns their ID numbers. */
    private List<String> pushRegion(String region, int n) {
        String gat = token("gat_admin");
        List<String> ids = new java.util.ArrayList<>();
        StringBuilder json = new StringBuilder("[");
        long nonce = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String id = CitizenIdNumber.withCheckDigit(region + "1990" + String.format("%02d", 1 + i % 12) + "1" + (i % 9 + 1) + String.format("%03d", (nonce + i) % 1000));
            ids.add(id);
            json.append(i == 0 ? "" : ",").append("{\"sfzhm\":\"").append(id).append("\",\"xm\":\"司马").append(i).append("\",\"xb\":\"")
                    .append(i % 2 + 1).append("\",\"csrq\":\"1990-0").append(1 + i % 9).append("-1").append(i % 9 + 1).append("\",\"xzqh\":\"")
                    .append(region).append("\"}");
        }
        Api.Response pushed = api().send("POST", "/api/v1/catalog/resources/" + POPULATION + "/rows", gat, json.append("]").toString());
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
        long id = pushed.json().get("id").asLong();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && api().get("/api/v1/batches/" + id, gat).json().get("status").asString().equals("RUNNING")) {
            Thread.onSpinWait();
        }
        assertThat(api().get("/api/v1/batches/" + id, gat).json().get("status").asString()).isEqualTo("SUCCEEDED");
        lastBatch = id;
        return ids;
    }

    private long grant(String consumer, String resource, List<String> items, String region, Map<String, String> masks, Integer quota) {
        Map<String, Object> a = new java.util.HashMap<>(Map.of("resourceCode", resource, "items", items, "purpose", "数据校核",
                "basis", "核验服务对象身份", "modes", List.of("QUERY"),
                "validUntil", LocalDate.now(clock).plusMonths(3).toString()));
        if (region != null) {
            a.put("rowScope", region);
        }
        Api.Response applied = api().post("/api/v1/sharing/applications", consumer, a);
        assertThat(applied.status()).as(applied.body()).isBetween(200, 201);
        Map<String, Object> decision = new java.util.HashMap<>(Map.of("decision", "approve"));
        if (masks != null) {
            decision.put("masks", masks);
        }
        if (quota != null) {
            decision.put("quotaPerMinute", quota);
        }
        Api.Response decided = api().post("/api/v1/sharing/applications/" + applied.json().get("id").asLong() + "/decision", token("gat_admin"), decision);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        return decided.json().get("grantId").asLong();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void filtersSortAndKeysetPages_walkEveryRowOnce_inOrder_andReportTheVersion() {
        List<String> ids = pushRegion("410323", 7);
        String consumer = token("jtt_user");
        grant(consumer, POPULATION, List.of("sfzhm", "xm", "xb", "xzqh"), "410323", null, null);
        String base = "/api/v1/data/" + POPULATION + "?xzqh=prefix:4103&sort=xb:desc&limit=3";

        List<JsonNode> seen = new java.util.ArrayList<>();
        String cursor = null;
        long version = 0;
        do {
            JsonNode page = api().get(base + (cursor == null ? "" : "&cursor=" + enc(cursor)), consumer).json();
            page.get("rows").forEach(seen::add);
            version = page.get("version").asLong();
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null && seen.size() < 100);
        assertThat(seen).hasSize(7);
        assertThat(seen.stream().map(r -> r.get("sfzhm").asString()).distinct()).hasSize(7);
        assertThat(seen.stream().map(r -> r.get("xb").asString()).toList()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(version).as("the batch the rows reflect").isPositive();

        JsonNode in = api().get("/api/v1/data/" + POPULATION + "?sfzhm=in:" + ids.get(0) + "," + ids.get(1) + "&fields=xm", consumer).json();
        assertThat(in.get("rows")).hasSize(2);
        assertThat(in.get("items").valueStream().map(JsonNode::asString).toList()).containsExactly("xm");
        assertThat(api().get("/api/v1/data/" + POPULATION + "?xb=range:2,&xzqh=eq:410323", consumer).json().get("rows")).hasSize(3);
        assertThat(api().get("/api/v1/data/" + POPULATION + "?sfzhm=eq:" + ids.get(2), consumer).json().get("rows")).hasSize(1);

        // masked items take eq/in only: a range or prefix would read the hidden digits
        assertThat(api().get("/api/v1/data/" + POPULATION + "?sfzhm=prefix:410323199001", consumer).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/data/" + POPULATION + "?sort=sfzhm", consumer).status()).isEqualTo(400);
        for (String bad : List.of("xb=range:5", "xb=range:,", "sort=xb:sideways", "limit=0", "limit=1001", "offset=3", "xzqh=prefix:",
                "sort=csrq", "sfzhm=in:" + "1,".repeat(101) + "1")) {
            Api.Response r = api().get("/api/v1/data/" + POPULATION + "?" + bad, consumer);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.contentType()).as(bad).contains("problem+json");
        }
        Api.Response sqlish = api().get("/api/v1/data/" + POPULATION + "?xb=" + enc("1' OR '1'='1") + "&sort=" + enc("xb; DROP TABLE x"), consumer);
        assertThat(sqlish.status()).isEqualTo(400);
        assertThat(api().get("/api/v1/data/" + POPULATION + "?xzqh=" + enc("410323' OR 1=1 --"), consumer).json().get("rows")).isEmpty();
        JsonNode entries = api().get("/api/v1/audit/entries?limit=10000", token("auditor")).json();
        assertThat(entries.valueStream().map(e -> e.get("detail").isNull() ? "" : e.get("detail").asString()))
                .anyMatch(d -> d.contains("REFUSED: invalid input") && d.contains("offset=3"));
    }

    @Test
    void cursors_cannotBeAltered_norReusedOnAnotherQuery_resource_orDepartment() {
        pushRegion("410325", 4);
        String consumer = token("scjgj_user");
        grant(consumer, POPULATION, List.of("sfzhm", "xb", "xzqh"), "410325", null, null);
        grant(consumer, "101002/000001", List.of("sfzhm", "jzdz"), null, null, null);
        String cursor = api().get("/api/v1/data/" + POPULATION + "?xzqh=410325&limit=2", consumer).json().get("nextCursor").asString();
        assertThat(api().get("/api/v1/data/" + POPULATION + "?xzqh=410325&limit=2&cursor=" + enc(cursor), consumer).json().get("rows")).hasSize(2);

        // a character inside the MAC (the last one may only carry padding bits the decoder ignores)
        int at = cursor.indexOf('.') + 3;
        String altered = cursor.substring(0, at) + (cursor.charAt(at) == 'A' ? 'B' : 'A') + cursor.substring(at + 1);
        String body = new String(java.util.Base64.getUrlDecoder().decode(cursor.substring(0, cursor.indexOf('.'))), java.nio.charset.StandardCharsets.UTF_8);
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(body.replaceFirst("\\|\\d+\\|", "|0|")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)) + cursor.substring(cursor.indexOf('.'));
        for (String path : List.of("/api/v1/data/" + POPULATION + "?xzqh=410325&limit=2&cursor=" + enc(altered),
                "/api/v1/data/" + POPULATION + "?xzqh=410325&limit=2&cursor=" + enc(forged),
                "/api/v1/data/" + POPULATION + "?xzqh=410325&limit=2&cursor=garbage",
                "/api/v1/data/" + POPULATION + "?xb=1&limit=2&cursor=" + enc(cursor),
                "/api/v1/data/101002/000001?limit=2&cursor=" + enc(cursor))) {
            Api.Response r = api().get(path, consumer);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
        }
        String other = token("zrzyt_user");
        grant(other, POPULATION, List.of("sfzhm", "xb", "xzqh"), "410325", null, null);
        assertThat(api().get("/api/v1/data/" + POPULATION + "?xzqh=410325&limit=2&cursor=" + enc(cursor), other).status())
                .as("another department replaying the cursor").isEqualTo(400);
    }

    @Test
    void unionOfGrants_eachGrantKeepsItsOwnRowsAndMasks() {
        List<String> inside = pushRegion("410324", 2);
        String outside = pushRegion("410326", 1).getFirst();
        String consumer = token("swj_user");
        long narrow = grant(consumer, POPULATION, List.of("sfzhm", "xm", "xzqh"), "410324", Map.of("sfzhm", "HASH(SM3)"), null);
        long wide = grant(consumer, POPULATION, List.of("sfzhm", "xb", "xzqh"), null, null, null);

        JsonNode in = api().get("/api/v1/data/" + POPULATION + "?sfzhm=" + inside.get(0), consumer).json();
        assertThat(in.get("grantIds").valueStream().map(JsonNode::asLong).toList()).containsExactlyInAnyOrder(narrow, wide);
        assertThat(in.get("items").valueStream().map(JsonNode::asString).toList()).containsExactly("sfzhm", "xm", "xb", "xzqh");
        JsonNode row = in.get("rows").get(0);
        assertThat(row.get("sfzhm").asString()).as("both grants cover it: the stricter mask, a pseudonym").matches("[0-9a-f]{64}");
        assertThat(row.get("xm").asString()).isEqualTo("司**");
        assertThat(row.get("xb").asString()).isIn("1", "2");

        JsonNode out = api().get("/api/v1/data/" + POPULATION + "?sfzhm=" + outside, consumer).json().get("rows").get(0);
        assertThat(out.get("xm").isNull()).as("the name grant does not reach 410326").isTrue();
        assertThat(out.get("sfzhm").asString()).as("only the wide grant covers it: its partial mask").contains("****").startsWith("410326");

        assertThat(api().get("/api/v1/data/" + POPULATION + "?xm=" + enc("司马0") + "&xzqh=410326", consumer).json().get("rows"))
                .as("a filter on the name only matches rows of the grant that has the name").isEmpty();
        assertThat(api().get("/api/v1/data/" + POPULATION + "?xm=" + enc("司马0") + "&xb=1", consumer).status())
                .as("no single grant covers xm and xb together").isEqualTo(400);
    }

    @Test
    void pseudonyms_areStablePerGrant_andDifferAcrossConsumers_andApproversCannotLoosenAMask() {
        String id = pushRegion("410327", 1).getFirst();
        String one = token("jyt_user");
        String two = token("sthjt_user");
        grant(one, POPULATION, List.of("sfzhm", "csrq", "xzqh"), "410327", Map.of("sfzhm", "HASH(SM3)", "csrq", "DATE_SHOW_YEAR"), null);
        grant(two, POPULATION, List.of("sfzhm", "xzqh"), "410327", Map.of("sfzhm", "HASH(SM3)"), null);
        JsonNode first = api().get("/api/v1/data/" + POPULATION + "?sfzhm=" + id, one).json().get("rows").get(0);
        JsonNode again = api().get("/api/v1/data/" + POPULATION + "?sfzhm=" + id, one).json().get("rows").get(0);
        JsonNode other = api().get("/api/v1/data/" + POPULATION + "?sfzhm=" + id, two).json().get("rows").get(0);
        assertThat(first.get("sfzhm").asString()).matches("[0-9a-f]{64}").isEqualTo(again.get("sfzhm").asString())
                .isNotEqualTo(other.get("sfzhm").asString());
        assertThat(first.get("csrq").asString()).isEqualTo("1990");

        Map<String, Object> a = Map.of("resourceCode", POPULATION, "items", List.of("sfzhm"), "purpose", "数据校核", "basis", "核验",
                "modes", List.of("QUERY"), "validUntil", LocalDate.now(clock).plusMonths(1).toString());
        long app = api().post("/api/v1/sharing/applications", token("lsj_user"), a).json().get("id").asLong();
        Api.Response looser = api().post("/api/v1/sharing/applications/" + app + "/decision", token("gat_admin"),
                Map.of("decision", "approve", "masks", Map.of("sfzhm", "MASK_SHOW_FIRST_LAST(14,4)")));
        assertThat(looser.status()).as(looser.body()).isEqualTo(400);
        assertThat(api().post("/api/v1/sharing/applications/" + app + "/decision", token("gat_admin"),
                Map.of("decision", "approve", "masks", Map.of("sfzhm", "NO_SUCH_RULE"))).status()).isEqualTo(400);
    }

    @Test
    void quota_answers429WithRetryAfter_andTheRefusalIsAudited() throws Exception {
        pushRegion("410328", 1);
        String consumer = token("tjj_user");
        grant(consumer, POPULATION, List.of("sfzhm", "xzqh"), "410328", null, 2);
        assertThat(api().get("/api/v1/data/" + POPULATION, consumer).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/data/" + POPULATION, consumer).status()).isEqualTo(200);
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/data/" + POPULATION))
                .header("Authorization", "Bearer " + consumer).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 60L));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));

        clock.advance(Duration.ofSeconds(31));
        assertThat(api().get("/api/v1/data/" + POPULATION, consumer).status()).as("the bucket refills with time").isEqualTo(200);
        JsonNode entries = api().get("/api/v1/audit/entries?limit=10000", token("auditor")).json();
        assertThat(entries.valueStream().map(e -> e.get("detail").isNull() ? "" : e.get("detail").asString()))
                .anyMatch(d -> d.contains("REFUSED: rate limited"));
    }

    @Test
    void rollback_reachesTheServingStore_andTheVersionMovesOn() {
        String consumer = token("swt_user");
        List<String> kept = pushRegion("410329", 2);
        long first = lastBatch;
        grant(consumer, POPULATION, List.of("sfzhm", "xb", "xzqh"), "410329", null, null);
        List<String> dropped = pushRegion("410329", 3);
        JsonNode before = api().get("/api/v1/data/" + POPULATION + "?xzqh=410329", consumer).json();
        assertThat(before.get("rows")).hasSize(5);

        Api.Response rolled = api().post("/api/v1/catalog/resources/" + POPULATION + "/rollback", token("gat_admin"), Map.of("toBatch", first));
        assertThat(rolled.status()).as(rolled.body()).isEqualTo(200);
        JsonNode after = api().get("/api/v1/data/" + POPULATION + "?xzqh=410329", consumer).json();
        assertThat(after.get("version").asLong()).isEqualTo(rolled.json().get("id").asLong()).isGreaterThan(before.get("version").asLong());
        assertThat(after.get("rows")).hasSize(2);
        assertThat(api().get("/api/v1/data/" + POPULATION + "?sfzhm=" + dropped.getFirst(), consumer).json().get("rows")).isEmpty();
        assertThat(api().get("/api/v1/data/" + POPULATION + "?sfzhm=" + kept.getFirst(), consumer).json().get("rows")).hasSize(1);
    }
}
