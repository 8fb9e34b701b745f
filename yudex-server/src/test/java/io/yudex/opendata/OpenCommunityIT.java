package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.ConsoleSession;
import io.yudex.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The portal's community and statistics through the API and the pages: one rating per user, replies and answers only
 * by the owning department or the platform admin, showcase review, data-request routing, refusals as problem+json,
 * statistics scoped to the caller's department, column charts of a release. On the portal, public accounts rate, ask
 * and submit (stored as {@code public:<username>}); staff answer, route and reply in the console's community desk.
 */
class OpenCommunityIT extends IntegrationTest {

    private String code() {
        return ChartFixture.code(api(), PASSWORD);
    }

    private static void assertProblem(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).contains("application/problem+json");
    }

    /** A public account signed in on the portal. */
    private record Member(PortalSession session, String name) {}

    private Member member(String prefix) {
        String name = PublicAccountsIT.newUsername(prefix);
        assertThat(PortalSession.register(port, name, name + "@example.org", PublicAccountsIT.SECRET).status()).isEqualTo(302);
        return new Member(PortalSession.login(port, name, PublicAccountsIT.SECRET), name);
    }

    private String departmentCode(String user) {
        return api().get("/api/v1/me", token(user)).json().get("departmentCode").asString();
    }

    @Nested
    class Ratings {

        @Test
        void rate_twiceByTheSameUser_keepsOneRating_andTheAverageFollows() {
            String path = "/api/v1/portal/datasets/" + code() + "/ratings";

            Api.Response first = api().post(path, token("gat_user"), Map.of("stars", 2, "comment", "字段说明不够"));
            Api.Response second = api().post(path, token("gat_user"), Map.of("stars", 5, "comment", "补充后很好用"));
            api().post(path, token("mzt_admin"), Map.of("stars", 3));

            assertThat(first.status()).as(first.body()).isEqualTo(200);
            assertThat(second.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
            JsonNode listed = api().get(path, null).json();
            List<JsonNode> mine = listed.get("ratings").valueStream().filter(r -> r.get("author").asString().equals("gat_user")).toList();
            assertThat(mine).singleElement().satisfies(r -> {
                assertThat(r.get("stars").asInt()).isEqualTo(5);
                assertThat(r.get("comment").asString()).isEqualTo("补充后很好用");
            });
            assertThat(listed.get("count").asLong()).isEqualTo(listed.get("ratings").size());
            double sum = listed.get("ratings").valueStream().mapToInt(r -> r.get("stars").asInt()).sum();
            assertThat(listed.get("average").asDouble()).isCloseTo(sum / listed.get("count").asLong(), org.assertj.core.data.Offset.offset(1e-9));
        }

        @Test
        void rate_refusesAnonymousBadStarsAndUnknownDatasets_asProblems() {
            String path = "/api/v1/portal/datasets/" + code() + "/ratings";
            assertProblem(api().post(path, null, Map.of("stars", 4)), 401);
            assertProblem(api().post(path, token("gat_user"), Map.of("stars", 6)), 400);
            assertProblem(api().post(path, token("gat_user"), Map.of("stars", 4, "comment", "长".repeat(1001))), 400);
            assertProblem(api().post("/api/v1/portal/datasets/109999/999999/ratings", token("gat_user"), Map.of("stars", 4)), 404);
        }

        @Test
        void reply_onlyByTheOwningDepartmentOrTheAdmin() {
            String path = "/api/v1/portal/datasets/" + code() + "/ratings";
            long id = api().post(path, token("auditor"), Map.of("stars", 4, "comment", "能否按日更新？")).json().get("id").asLong();

            assertProblem(api().post("/api/v1/portal/ratings/" + id + "/reply", token("gat_admin"), Map.of("text", "不是我们的数据")), 403);
            assertProblem(api().post("/api/v1/portal/ratings/" + id + "/reply", token("gat_user"), Map.of("text", "x")), 403);
            assertProblem(api().post("/api/v1/portal/ratings/" + id + "/reply", token("scjgj_admin"), Map.of("text", " ")), 400);
            Api.Response replied = api().post("/api/v1/portal/ratings/" + id + "/reply", token("scjgj_admin"), Map.of("text", "下月起按日更新"));

            assertThat(replied.status()).as(replied.body()).isEqualTo(200);
            assertThat(replied.json().get("repliedBy").asString()).isEqualTo("scjgj_admin");
            String page = api().get("/open/datasets/" + code(), null).body();
            assertThat(page).contains("下月起按日更新").contains("能否按日更新？");
        }
    }

    @Nested
    class Showcase {

        private Map<String, Object> app(String name) {
            return Map.of("name", name, "description", "用开放的空气质量数据做的出行提醒", "url", "https://example.org/air", "datasets", List.of(code()));
        }

        @Test
        void submission_appearsOnlyAfterTheAdminApproves() {
            String name = "空气出行助手" + System.nanoTime();
            Api.Response submitted = api().post("/api/v1/portal/showcase", token("gat_user"), app(name));
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
            assertThat(submitted.json().get("status").asString()).isEqualTo("PENDING");
            assertThat(submitted.json().get("submitter").asString()).isEqualTo("gat_user");
            long id = submitted.json().get("id").asLong();
            assertThat(api().get("/api/v1/portal/showcase", null).body()).doesNotContain(name);
            assertThat(api().get("/open/showcase", null).body()).doesNotContain(name);
            assertThat(api().get("/api/v1/portal/showcase/pending", token("admin")).body()).contains(name);

            assertProblem(api().post("/api/v1/portal/showcase/" + id + "/review", token("scjgj_admin"), Map.of("approve", true)), 403);
            Api.Response approved = api().post("/api/v1/portal/showcase/" + id + "/review", token("admin"), Map.of("approve", true));
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
            assertProblem(api().post("/api/v1/portal/showcase/" + id + "/review", token("admin"), Map.of("approve", false, "note", "x")), 409);

            assertThat(api().get("/api/v1/portal/showcase", null).body()).contains(name);
            assertThat(api().get("/open/showcase", null).body()).contains(name);
            assertThat(api().get("/open/datasets/" + code(), null).body()).contains(name);
        }

        @Test
        void rejection_needsAReason_andBadSubmissionsAreRefused() {
            long id = api().post("/api/v1/portal/showcase", token("gat_user"), app("被驳回的应用" + System.nanoTime())).json().get("id").asLong();
            assertProblem(api().post("/api/v1/portal/showcase/" + id + "/review", token("admin"), Map.of("approve", false)), 400);
            Api.Response rejected = api().post("/api/v1/portal/showcase/" + id + "/review", token("admin"), Map.of("approve", false, "note", "网址无法访问"));
            assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");

            assertProblem(api().post("/api/v1/portal/showcase", null, app("匿名")), 401);
            assertProblem(api().post("/api/v1/portal/showcase", token("gat_user"),
                    Map.of("name", "x", "description", "y", "url", "javascript:alert(1)", "datasets", List.of(code()))), 400);
            assertProblem(api().post("/api/v1/portal/showcase", token("gat_user"),
                    Map.of("name", "x", "description", "y", "url", "https://example.org", "datasets", List.of("109999/999999"))), 400);
            assertProblem(api().post("/api/v1/portal/showcase/999999/review", token("admin"), Map.of("approve", true)), 404);
        }

        @Test
        void consoleReview_approvesFromTheForm() {
            String name = "控制台审核应用" + System.nanoTime();
            long id = api().post("/api/v1/portal/showcase", token("gat_user"), app(name)).json().get("id").asLong();
            ConsoleSession admin = ConsoleSession.login(port, "admin", PASSWORD);
            assertThat(admin.get("/opendata/showcase").body()).contains(name);

            ConsoleSession.Page done = admin.postForm("/opendata/showcase/" + id + "/review", Map.of("approve", "true", "note", "欢迎"));

            assertThat(done.status()).isEqualTo(302);
            assertThat(api().get("/api/v1/portal/showcase", null).body()).contains(name);
        }
    }

    @Nested
    class DataRequests {

        @Test
        void answer_onlyByTheDepartmentAsked_once() {
            Api.Response asked = api().post("/api/v1/portal/requests", token("gat_user"),
                    Map.of("title", "企业年报数据", "description", "研究用途，需要近三年的企业年报汇总", "department", departmentCode("scjgj_admin")));
            assertThat(asked.status()).as(asked.body()).isEqualTo(201);
            long id = asked.json().get("id").asLong();
            assertThat(asked.json().get("status").asString()).isEqualTo("OPEN");
            assertThat(asked.json().get("requester").asString()).isEqualTo("gat_user");

            assertProblem(api().post("/api/v1/portal/requests/" + id + "/answer", token("gat_admin"), Map.of("text", "我们来答")), 403);
            Api.Response answered = api().post("/api/v1/portal/requests/" + id + "/answer", token("scjgj_admin"), Map.of("text", "已列入下季度开放计划"));
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);
            assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
            assertProblem(api().post("/api/v1/portal/requests/" + id + "/answer", token("admin"), Map.of("text", "再答一次")), 409);

            JsonNode answeredList = api().get("/api/v1/portal/requests?status=answered", null).json();
            assertThat(answeredList.valueStream().map(r -> r.get("id").asLong())).contains(id);
            assertThat(answeredList.valueStream().map(r -> r.get("status").asString())).containsOnly("ANSWERED");
            assertThat(api().get("/open/requests", null).body()).contains("已列入下季度开放计划");
            assertProblem(api().get("/api/v1/portal/requests?status=LOST", null), 400);
        }

        @Test
        void unrouted_onlyTheAdminAnswers_untilRoutedToADepartment() {
            long id = api().post("/api/v1/portal/requests", token("auditor"), Map.of("title", "婚姻登记统计", "description", "按县区统计"))
                    .json().get("id").asLong();
            assertProblem(api().post("/api/v1/portal/requests/" + id + "/answer", token("mzt_admin"), Map.of("text", "x")), 403);
            assertProblem(api().post("/api/v1/portal/requests/" + id + "/route", token("mzt_admin"), Map.of("department", departmentCode("mzt_admin"))), 403);
            assertProblem(api().post("/api/v1/portal/requests/" + id + "/route", token("admin"), Map.of("department", "NOSUCHDEPT")), 400);

            Api.Response routed = api().post("/api/v1/portal/requests/" + id + "/route", token("admin"), Map.of("department", departmentCode("mzt_admin")));
            assertThat(routed.json().get("status").asString()).isEqualTo("ROUTED");
            assertThat(routed.json().get("departmentName").asString()).isEqualTo("河南省民政厅");

            ConsoleSession mzt = ConsoleSession.login(port, "mzt_admin", PASSWORD);
            ConsoleSession.Page page = mzt.postForm("/opendata/requests/" + id + "/answer", Map.of("answer", "按县区的统计已开放"));
            assertThat(page.status()).isEqualTo(302);
            assertThat(api().get("/api/v1/portal/requests", null).json().valueStream().filter(r -> r.get("id").asLong() == id)
                    .findFirst().orElseThrow().get("answeredBy").asString()).isEqualTo("mzt_admin");
        }

        @Test
        void submit_refusesAnonymousAndEmptyRequests() {
            assertProblem(api().post("/api/v1/portal/requests", null, Map.of("title", "x", "description", "y")), 401);
            assertProblem(api().post("/api/v1/portal/requests", token("gat_user"), Map.of("title", "", "description", "y")), 400);
            assertThat(member("ask").session().post("/open/requests", Map.of("title", "")).status()).isEqualTo(400);
        }
    }

    @Nested
    class PublicSite {

        @Test
        void rating_byAPublicUserNamedLikeAStaffUser_isKeptApartFromTheStaffRating() {
            String code = code();
            // a public account may take a staff user's name; on a rerun against the same database it exists already
            PortalSession.register(port, "gat_user", "gat_user.public@example.org", PublicAccountsIT.SECRET);
            PortalSession publicGat = PortalSession.login(port, "gat_user", PublicAccountsIT.SECRET);
            api().post("/api/v1/portal/datasets/" + code + "/ratings", token("gat_user"), Map.of("stars", 2, "comment", "职员评价"));

            PortalSession.Page rated = publicGat.post("/open/datasets/" + code + "/rating", Map.of("stars", "5", "comment", "公众评价"));

            assertThat(rated.status()).as(rated.body()).isEqualTo(302);
            assertThat(rated.location()).contains("/open/datasets/" + code + "?rated");
            JsonNode listed = api().get("/api/v1/portal/datasets/" + code + "/ratings", null).json();
            assertThat(listed.get("ratings").valueStream().filter(r -> r.get("author").asString().equals("public:gat_user")))
                    .singleElement().satisfies(r -> assertThat(r.get("stars").asInt()).isEqualTo(5));
            assertThat(listed.get("ratings").valueStream().filter(r -> r.get("author").asString().equals("gat_user")))
                    .singleElement().satisfies(r -> assertThat(r.get("stars").asInt()).isEqualTo(2));
            String page = publicGat.get("/open/datasets/" + code).body();
            assertThat(page).contains("id=\"rating-form\"").contains("公众评价").doesNotContain("reply-form").doesNotContain("/reply\"");
            assertThat(api().get("/open/datasets/" + code, null).body()).contains("id=\"rating-sign-in\" href=\"/open/login\"")
                    .doesNotContain("id=\"rating-form\"");
        }

        @Test
        void requestAndShowcase_onThePortal_needAPublicAccount_andNameIt() {
            Member member = member("asker");
            PortalSession me = member.session();
            String name = member.name();
            String title = "公交线路数据" + System.nanoTime();

            PortalSession.Page asked = me.post("/open/requests", Map.of("title", title, "description", "做出行规划", "department", departmentCode("scjgj_admin")));
            PortalSession.Page submitted = me.post("/open/showcase", Map.of("name", title, "description", "出行规划", "url", "https://example.org/bus",
                    "datasets", code()));

            assertThat(asked.status()).as(asked.body()).isEqualTo(302);
            assertThat(api().get("/api/v1/portal/requests", null).json().valueStream().filter(r -> r.get("title").asString().equals(title)))
                    .singleElement().satisfies(r -> assertThat(r.get("requester").asString()).isEqualTo("public:" + name));
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
            assertThat(api().get("/api/v1/portal/showcase/pending", token("admin")).json().valueStream().filter(a -> a.get("name").asString().equals(title)))
                    .singleElement().satisfies(a -> assertThat(a.get("submitter").asString()).isEqualTo("public:" + name));

            // a staff console session is anonymous on the portal: it sees no form and may not post one
            ConsoleSession staff = ConsoleSession.login(port, "gat_user", PASSWORD);
            String requestsPage = staff.get("/open/requests").body();
            assertThat(requestsPage).contains("id=\"request-sign-in\"").doesNotContain("id=\"request-form\"").doesNotContain("/answer\"")
                    .doesNotContain("/route\"");
            String staffTitle = "职员在门户提需求" + System.nanoTime();
            ConsoleSession.Page refused = staff.postForm("/open/requests", Map.of("title", staffTitle, "description", "x"));
            assertThat(refused.status()).isIn(302, 401, 403);
            assertThat(refused.location() == null ? "" : refused.location()).doesNotContain("asked");
            assertThat(api().get("/api/v1/portal/requests", null).body()).doesNotContain(staffTitle);
            assertThat(PortalSession.visitor(port).post("/open/showcase", Map.of("name", "x")).status()).isIn(302, 401, 403);
        }

        @Test
        void consoleDesk_routesAnswersAndReplies_forTheOwningDepartmentOnly() {
            String code = code();
            Member member = member("desk");
            PortalSession me = member.session();
            String name = member.name();
            String title = "低保发放统计" + System.nanoTime();
            String comment = "希望补充监测点坐标" + System.nanoTime();
            me.post("/open/requests", Map.of("title", title, "description", "按月统计"));
            me.post("/open/datasets/" + code + "/rating", Map.of("stars", "3", "comment", comment));
            long requestId = api().get("/api/v1/portal/requests", null).json().valueStream().filter(r -> r.get("title").asString().equals(title))
                    .findFirst().orElseThrow().get("id").asLong();
            long ratingId = api().get("/api/v1/portal/datasets/" + code + "/ratings", null).json().get("ratings").valueStream()
                    .filter(r -> r.get("author").asString().equals("public:" + name)).findFirst().orElseThrow().get("id").asLong();
            ConsoleSession admin = ConsoleSession.login(port, "admin", PASSWORD);
            ConsoleSession mzt = ConsoleSession.login(port, "mzt_admin", PASSWORD);
            ConsoleSession gat = ConsoleSession.login(port, "gat_admin", PASSWORD);
            ConsoleSession scjgj = ConsoleSession.login(port, "scjgj_admin", PASSWORD);

            assertThat(mzt.get("/opendata/community").body()).doesNotContain(title);
            String adminDesk = admin.get("/opendata/community").body();
            assertThat(adminDesk).contains(title).contains("/opendata/requests/" + requestId + "/route").contains(comment);
            assertThat(admin.postForm("/opendata/requests/" + requestId + "/route", Map.of("department", departmentCode("mzt_admin"))).status())
                    .isEqualTo(302);
            String mztDesk = mzt.get("/opendata/community").body();
            assertThat(mztDesk).contains(title).contains("/opendata/requests/" + requestId + "/answer").doesNotContain("/route\"")
                    .doesNotContain(comment);
            assertThat(gat.get("/opendata/community").body()).doesNotContain(title).doesNotContain(comment);
            assertThat(gat.postForm("/opendata/requests/" + requestId + "/answer", Map.of("answer", "x")).status()).isEqualTo(403);
            assertThat(mzt.postForm("/opendata/requests/" + requestId + "/route", Map.of("department", departmentCode("mzt_admin"))).status())
                    .isEqualTo(403);
            assertThat(mzt.postForm("/opendata/requests/" + requestId + "/answer", Map.of("answer", " ")).status()).isEqualTo(400);
            assertThat(mzt.postForm("/opendata/requests/" + requestId + "/answer", Map.of("answer", "每月10日前公开")).status()).isEqualTo(302);
            assertThat(mzt.get("/opendata/community").body()).doesNotContain(title);
            assertThat(api().get("/open/requests", null).body()).contains("每月10日前公开");

            assertThat(scjgj.get("/opendata/community").body()).contains(comment).contains("public:" + name);
            assertThat(gat.postForm("/opendata/ratings/" + ratingId + "/reply", Map.of("reply", "x")).status()).isEqualTo(403);
            assertThat(scjgj.postForm("/opendata/ratings/" + ratingId + "/reply", Map.of("reply", "坐标将随下一版发布")).status()).isEqualTo(302);
            assertThat(me.get("/open/datasets/" + code).body()).contains("坐标将随下一版发布").contains(comment);
            assertThat(ConsoleSession.login(port, "gat_user", PASSWORD).get("/opendata/community").status()).isEqualTo(403);
        }
    }

    @Nested
    class Statistics {

        @Test
        void statistics_countViewsDownloadsAndApiCalls_scopedToTheDepartment() {
            String code = code();
            String key = api().post("/api/v1/opendata/keys", token("admin"), Map.of("name", "统计测试", "dailyQuota", 100)).json().get("key").asString();
            JsonNode before = dataset(api().get("/api/v1/portal/statistics", token("scjgj_admin")).json(), code);

            api().get("/open/datasets/" + code, null);
            api().get("/open/datasets/" + code + "/download.csv", null);
            assertThat(api().get("/api/open/v1/datasets/" + code + "/rows?limit=5", null).status()).isEqualTo(401);
            for (int i = 0; i < 2; i++) {
                assertThat(apiWithKey("/api/open/v1/datasets/" + code + "/rows?limit=5", key)).isEqualTo(200);
            }
            assertThat(apiWithKey("/api/open/v1/datasets/" + code, key)).isEqualTo(200);

            JsonNode after = dataset(api().get("/api/v1/portal/statistics", token("scjgj_admin")).json(), code);
            assertThat(after.get("views").asLong() - views(before)).isEqualTo(1);
            assertThat(after.get("downloads").asLong() - count(before, "downloads")).isEqualTo(1);
            assertThat(after.get("apiCalls").asLong() - count(before, "apiCalls")).as("calls refused for want of a key are not counted").isEqualTo(3);

            JsonNode own = api().get("/api/v1/portal/statistics", token("scjgj_admin")).json();
            assertThat(own.get("scope").get("departmentName").asString()).isEqualTo("河南省市场监督管理局");
            assertThat(own.get("departments").valueStream().map(d -> d.get("name").asString())).containsOnly("河南省市场监督管理局");
            JsonNode other = api().get("/api/v1/portal/statistics", token("gat_admin")).json();
            assertThat(other.get("datasets").valueStream().map(d -> d.get("key").asString())).doesNotContain(code);
            JsonNode all = api().get("/api/v1/portal/statistics", token("admin")).json();
            assertThat(all.get("scope").get("departmentId").isNull()).isTrue();
            assertThat(all.get("datasets").valueStream().map(d -> d.get("key").asString())).contains(code);
            assertThat(all.get("days")).hasSize(30);
            assertThat(all.get("days").get(29).get("key").asString()).isEqualTo(java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).toString());

            assertProblem(api().get("/api/v1/portal/statistics", null), 401);
            assertProblem(api().get("/api/v1/portal/statistics?from=2026-01-10&to=2026-01-01", token("admin")), 400);
            assertProblem(api().get("/api/v1/portal/statistics?from=2020-01-01&to=2026-01-01", token("admin")), 400);

            ConsoleSession gat = ConsoleSession.login(port, "gat_admin", PASSWORD);
            assertThat(gat.get("/opendata/statistics").body()).contains("河南省公安厅").doesNotContain("data-code=\"" + code + "\"");
            ConsoleSession scjgj = ConsoleSession.login(port, "scjgj_admin", PASSWORD);
            assertThat(scjgj.get("/opendata/statistics").body()).contains("data-code=\"" + code + "\"");

            JsonNode board = api().get("/api/v1/portal/rankings", null).json();
            assertThat(board.get("apiCalls").valueStream().map(e -> e.get("code").asString())).contains(code);
            assertThat(api().get("/open/rankings", null).body()).contains("rank-api");
            assertThat(api().get("/open/statistics", null).body()).contains("stats-data");
            assertThat(api().get("/open", null).body()).contains("count-api-calls");
        }

        private int apiWithKey(String path, String key) {
            try {
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).header("X-App-Key", key).GET().build();
                return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private JsonNode dataset(JsonNode report, String code) {
            return report.get("datasets").valueStream().filter(d -> d.get("key").asString().equals(code)).findFirst().orElse(null);
        }

        private long views(JsonNode d) {
            return count(d, "views");
        }

        private long count(JsonNode d, String field) {
            return d == null ? 0 : d.get(field).asLong();
        }
    }

    @Nested
    class DatasetPage {

        @Test
        void charts_showTheColumnsReleasedAsIs_withCountsOfTheReleasedRows() {
            String page = api().get("/open/datasets/" + code(), null).body();

            assertThat(page).contains("id=\"chart-0\"").contains("监测站点").contains("空气质量指数").contains("监测日期");
            long stationA = ChartFixture.rows().stream().filter(r -> r.get("zd").equals("监测点A")).count();
            assertThat(page).containsPattern("<td>监测点A</td><td>" + stationA + "</td>");
            String json = page.substring(page.indexOf("<script type=\"application/json\" id=\"chart-data\">"));
            JsonNode charts = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(json.substring(json.indexOf('>') + 1, json.indexOf("</script>")));
            assertThat(charts.valueStream().map(c -> c.get("column").asString())).as("the key column is not charted").containsExactly("zd", "aqi", "rq");
            assertThat(charts.get(1).get("counts").valueStream().mapToLong(JsonNode::asLong).sum()).isEqualTo(ChartFixture.ROWS);
            assertThat(charts.get(2).get("kind").asString()).isEqualTo("year");
        }

        @Test
        void searchPage_offersTheTagFacet_andFiltersByIt() {
            String code = code();
            String q = java.net.URLEncoder.encode("开放测试", java.nio.charset.StandardCharsets.UTF_8);
            String page = api().get("/open/datasets?q=" + q, null).body();
            String aside = page.substring(page.indexOf("<aside"), page.indexOf("</aside>"));
            assertThat(aside).contains("tags=").contains(">空气质量</a>").contains(">河南省市场监督管理局</a>");

            String filtered = api().get("/open/datasets?q=" + q + "&tags=" + java.net.URLEncoder.encode("空气质量", java.nio.charset.StandardCharsets.UTF_8), null).body();
            assertThat(filtered).contains("/open/datasets/" + code + "\"").contains("class=\"active\"");
        }

        @Test
        void related_listsTheOtherTestDataset_sharingItsTag() {
            String other = OpenDataFixture.code(api(), PASSWORD);
            String page = api().get("/open/datasets/" + code(), null).body();

            assertThat(page).contains("class=\"related\" href=\"/open/datasets/" + other + "\"");
        }
    }
}
