package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The open data portal end to end: a release refused while it would leak a name or break k-anonymity, accepted once
 * masked and generalised; downloads of exactly the release; CKAN's API shape and errors; the public pages.
 */
class OpenDataIT extends IntegrationTest {

    private static Long releaseId;

    private String code() {
        return OpenDataFixture.code(api(), PASSWORD);
    }

    /** The accepted release of the fixture, published once. */
    private synchronized long released() {
        if (releaseId == null) {
            Api.Response r = api().post("/api/v1/opendata/releases", token("scjgj_admin"), OpenDataFixture.passingPlan(code()));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            releaseId = r.json().get("id").asLong();
        }
        return releaseId;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Nested
    class SafePublication {

        @Test
        void publish_whenANameWouldLeak_isRefusedWithAReport_andNothingIsServed() {
            String code = code();
            Api.Response r = api().post("/api/v1/opendata/releases", token("scjgj_admin"),
                    Map.of("resourceCode", code, "treatments", Map.of("lxsj", "DROP")));

            assertThat(r.status()).as(r.body()).isEqualTo(422);
            assertThat(r.contentType()).contains("application/problem+json");
            JsonNode report = r.json().get("report");
            assertThat(report.get("passed").asBoolean()).isFalse();
            JsonNode fzr = report.get("columns").valueStream().filter(c -> c.get("item").asString().equals("fzr")).findFirst().orElseThrow();
            assertThat(fzr.get("ok").asBoolean()).isFalse();
            assertThat(fzr.get("directIdentifier").asString()).contains("CHINESE_NAME");
            assertThat(fzr.get("required").asString()).isEqualTo("MASK_SHOW_FIRST_LAST(1,0)");
            assertThat(report.get("problems").toString()).contains("fzr");

            JsonNode history = api().get("/api/v1/opendata/releases?resource=" + enc(code), token("scjgj_admin")).json();
            assertThat(history.valueStream().filter(h -> h.get("id").asLong() == r.json().get("releaseId").asLong()))
                    .singleElement().satisfies(h -> assertThat(h.get("status").asString()).isEqualTo("REFUSED"));

            // the department's data admin sees it, with the check's problems, in the console
            var page = io.yudex.support.ConsoleSession.login(port, "scjgj_admin", PASSWORD).get("/opendata/releases");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("已拒绝").contains("direct identifier fzr");
        }

        @Test
        void check_whenDeclaredPersonalDataIsKept_namesTheItem() {
            JsonNode report = api().post("/api/v1/opendata/releases/check", token("scjgj_admin"),
                    Map.of("resourceCode", code(), "treatments", Map.of("fzr", "MASK_SHOW_FIRST_LAST(1,0)"))).json();

            assertThat(report.get("passed").asBoolean()).isFalse();
            assertThat(report.get("problems").toString()).contains("lxsj").contains("sensitivity PERSONAL");
        }

        @Test
        void check_whenQuasiIdentifiersAreUnique_showsSmallClassesAndAGeneralisationThatFixesIt() {
            String token = token("scjgj_admin");
            JsonNode report = api().post("/api/v1/opendata/releases/check", token, Map.of("resourceCode", code(),
                    "quasiIdentifiers", List.of("clrq", "xzqh"), "treatments", Map.of("fzr", "MASK_SHOW_FIRST_LAST(1,0)", "lxsj", "DROP"))).json();

            JsonNode k = report.get("kAnonymity");
            assertThat(report.get("passed").asBoolean()).isFalse();
            assertThat(k.get("k").asInt()).isEqualTo(5);
            assertThat(k.get("violatingClasses").asLong()).isPositive();
            assertThat(k.get("violatingRows").asLong()).isLessThanOrEqualTo(OpenDataFixture.ROWS);
            assertThat(k.get("smallest").get(0).get("values").size()).isEqualTo(2);
            JsonNode suggestion = k.get("suggestion");
            assertThat(suggestion.get("clrq").asString()).isEqualTo("DATE_SHOW_YEAR");

            // the suggestion, applied, passes
            Map<String, String> treatments = new java.util.HashMap<>(Map.of("fzr", "MASK_SHOW_FIRST_LAST(1,0)", "lxsj", "DROP"));
            suggestion.properties().forEach(e -> treatments.put(e.getKey(), e.getValue().asString()));
            JsonNode fixed = api().post("/api/v1/opendata/releases/check", token, Map.of("resourceCode", code(),
                    "quasiIdentifiers", List.of("clrq", "xzqh"), "treatments", treatments)).json();
            assertThat(fixed.get("passed").asBoolean()).as(fixed.toString()).isTrue();
        }

        @Test
        void badPlans_areClearErrors() {
            String token = token("scjgj_admin");
            Api.Response unknownItem = api().post("/api/v1/opendata/releases/check", token, Map.of("resourceCode", code(),
                    "quasiIdentifiers", List.of("nope"), "treatments", Map.of("mc", "SHOW_SOMETHING")));
            assertThat(unknownItem.status()).isEqualTo(400);
            assertThat(unknownItem.body()).contains("no data item named nope").contains("treatments.mc");

            assertThat(api().post("/api/v1/opendata/releases", token, Map.of("resourceCode", "109999/999999")).status()).isEqualTo(404);
            assertThat(api().post("/api/v1/opendata/releases", token, Map.of()).status()).isEqualTo(400);
            assertThat(api().post("/api/v1/opendata/releases", token("gat_admin"), OpenDataFixture.passingPlan(code())).status())
                    .as("another department's admin").isEqualTo(403);
            // 全省户籍人口基本信息 is 不予开放: never releasable
            Api.Response notOpen = api().post("/api/v1/opendata/releases", token("gat_admin"), Map.of("resourceCode", "101001/000001"));
            assertThat(notOpen.status()).isEqualTo(409);
            assertThat(notOpen.body()).contains("不予开放");
        }
    }

    @Nested
    class Downloads {

        @Test
        void csv_holdsExactlyTheReleasedRows_masked_andStaysTheSameAfterAnUpstreamCorrection() {
            long id = released();
            String code = code();
            Api.Response csv = api().get("/open/datasets/" + code + "/download.csv", null);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            List<String> lines = csv.body().lines().toList();
            assertThat(lines.getFirst()).isEqualTo("\uFEFF统一社会信用代码,名称,负责人,成立日期,行政区划代码");
            assertThat(lines).hasSize(OpenDataFixture.ROWS + 1);
            Map<String, OpenDataFixture.Row> byUscc = OpenDataFixture.rows().stream()
                    .collect(Collectors.toMap(OpenDataFixture.Row::uscc, r -> r));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                OpenDataFixture.Row row = byUscc.get(f[0]);
                assertThat(row).as(line).isNotNull();
                assertThat(f[1]).isEqualTo(row.name());
                assertThat(f[2]).isEqualTo(row.person().charAt(0) + "*".repeat(row.person().length() - 1));
                assertThat(f[3]).isEqualTo(row.founded().substring(0, 4));
                assertThat(f[4]).isEqualTo(row.county().substring(0, 4) + "00");
            }
            assertThat(csv.body()).doesNotContain(OpenDataFixture.rows().getFirst().mobile());

            // an upstream correction: the release (and so the download) does not change until a new release
            OpenDataFixture.Row first = OpenDataFixture.rows().getFirst();
            OpenDataFixture.push(api(), token("scjgj_admin"), code, List.of(new OpenDataFixture.Row(first.uscc(), "更正后的名称", first.person(),
                    first.mobile(), first.founded(), first.county())));
            String again = api().get("/open/datasets/" + code + "/download.csv", null).body();
            assertThat(again).contains(first.name()).doesNotContain("更正后的名称");
            assertThat(api().get("/api/3/action/package_show?id=" + code.replace('/', '-'), null).json().get("result").get("extras").toString())
                    .contains("\"" + id + "\"");
        }

        @Test
        void jsonAndXlsx_holdTheSameRows() throws Exception {
            released();
            JsonNode json = api().get("/open/datasets/" + code() + "/download.json", null).json();
            assertThat(json.size()).isEqualTo(OpenDataFixture.ROWS);
            assertThat(json.get(0).has("lxsj")).isFalse();
            assertThat(json.get(0).get("clrq").asString()).hasSize(4);

            byte[] xlsx = api().get("/open/datasets/" + code() + "/download.xlsx", null).bytes();
            try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(OpenDataFixture.ROWS);
                assertThat(wb.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("负责人");
            }
        }

        @Test
        void downloads_ofUnknownOrUnreleasedDatasets_orBadFormats_areClearErrors() {
            assertThat(api().get("/open/datasets/109999/999999/download.csv", null).status()).isEqualTo(404);
            assertThat(api().get("/open/datasets/101001/000001/download.csv", null).status()).as("不予开放").isEqualTo(404);
            assertThat(api().get("/open/datasets/" + code() + "/download.exe", null).status()).isEqualTo(400);
        }
    }

    @Nested
    class Ckan {

        @Test
        void packageShow_hasCkansEnvelopeAndPackageShape() {
            released();
            String name = code().replace('/', '-');
            Api.Response r = api().get("/api/3/action/package_show?id=" + name, null);

            assertThat(r.status()).isEqualTo(200);
            JsonNode body = r.json();
            assertThat(body.get("success").asBoolean()).isTrue();
            assertThat(body.get("help").asString()).endsWith("/api/3/action/help_show?name=package_show");
            JsonNode p = body.get("result");
            assertThat(p.get("name").asString()).isEqualTo(name);
            assertThat(p.get("organization").get("title").asString()).isEqualTo("河南省市场监督管理局");
            assertThat(p.get("tags").valueStream().map(t -> t.get("name").asString())).contains("开放测试");
            assertThat(p.get("resources").valueStream().map(x -> x.get("format").asString())).containsExactly("CSV", "XLSX", "JSON");
            assertThat(p.get("resources").get(0).get("url").asString()).endsWith("/open/datasets/" + code() + "/download.csv");
            assertThat(p.get("num_resources").asInt()).isEqualTo(3);
            assertThat(p.get("metadata_modified").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}");
        }

        @Test
        void packageSearch_filtersByOrganisationAndTags_countsFacets_andPagesLikeCkan() {
            released();
            String org = api().get("/api/3/action/package_show?id=" + code().replace('/', '-'), null).json().get("result").get("owner_org").asString();
            JsonNode result = api().get("/api/3/action/package_search?q=" + enc("市场主体") + "&fq=" + enc("organization:" + org + " tags:开放测试")
                    + "&facet.field=" + enc("[\"organization\",\"tags\"]") + "&rows=5", null).json().get("result");

            assertThat(result.get("count").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(result.get("results").valueStream().map(x -> x.get("name").asString())).contains(code().replace('/', '-'));
            assertThat(result.get("search_facets").get("organization").get("items").get(0).get("name").asString()).isEqualTo(org);
            assertThat(result.get("facets").get("tags").has("开放测试")).isTrue();

            JsonNode all = api().get("/api/3/action/package_search?rows=1000", null).json().get("result");
            JsonNode paged = api().get("/api/3/action/package_search?rows=3&start=2", null).json().get("result");
            assertThat(paged.get("results").size()).isEqualTo(Math.min(3, all.get("count").asInt() - 2));
            assertThat(paged.get("results").get(0).get("name").asString()).isEqualTo(all.get("results").get(2).get("name").asString());
            Set<String> openTypes = all.get("results").valueStream().map(x -> x.get("extras").toString()).collect(Collectors.toSet());
            assertThat(openTypes).noneMatch(e -> e.contains("NOT_OPEN"));

            JsonNode byName = api().get("/api/3/action/package_search?rows=1000&sort=" + enc("name asc"), null).json().get("result");
            List<String> names = byName.get("results").valueStream().map(x -> x.get("name").asString()).toList();
            assertThat(names).isSorted().hasSize(all.get("count").asInt());
        }

        @Test
        void post_withAJsonBody_worksAsCkanClientsCallIt() {
            released();
            Api.Response r = api().post("/api/3/action/package_search", null, Map.of("q", "市场主体", "rows", 2));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("result").get("results").size()).isLessThanOrEqualTo(2);
            assertThat(api().post("/api/3/action/package_show", null, Map.of("id", code().replace('/', '-'))).json().get("success").asBoolean()).isTrue();
        }

        @Test
        void listsAndStatus() {
            released();
            JsonNode orgs = api().get("/api/3/action/organization_list", null).json();
            assertThat(orgs.get("success").asBoolean()).isTrue();
            String org = orgs.get("result").get(0).asString();
            JsonNode shown = api().get("/api/3/action/organization_show?id=" + org + "&include_datasets=true", null).json().get("result");
            assertThat(shown.get("package_count").asInt()).isEqualTo(shown.get("packages").size());
            assertThat(api().get("/api/3/action/group_list?all_fields=true", null).json().get("result").get(0).has("package_count")).isTrue();
            assertThat(api().get("/api/3/action/tag_list", null).json().get("result").toString()).contains("开放测试");
            assertThat(api().get("/api/3/action/package_list", null).json().get("result").toString()).contains(code().replace('/', '-'))
                    .doesNotContain("101001-000001");
            assertThat(api().get("/api/3/action/status_show", null).json().get("result").get("ckan_version").asString()).startsWith("2.");
        }

        @Test
        void errors_haveCkansShapeAndStatus_neverA500() {
            Api.Response missing = api().get("/api/3/action/package_show?id=no-such-dataset", null);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("success").asBoolean()).isFalse();
            assertThat(missing.json().get("error").get("__type").asString()).isEqualTo("Not Found Error");
            assertThat(missing.json().has("help")).isTrue();

            Api.Response notOpen = api().get("/api/3/action/package_show?id=101001-000001", null);
            assertThat(notOpen.status()).as("不予开放 never appears").isEqualTo(404);

            for (String bad : List.of("rows=abc", "rows=1000000", "start=-5", "fq=" + enc("id:*) OR (private:true"),
                    "fq=" + enc("tags:\"a\" OR 1=1; DROP TABLE catalog_resource"), "sort=" + enc("name; DROP"), "facet.field=organization",
                    "q=" + "x".repeat(600))) {
                Api.Response r = api().get("/api/3/action/package_search?" + bad, null);
                assertThat(r.status()).as(bad + " -> " + r.body()).isEqualTo(409);
                assertThat(r.json().get("success").asBoolean()).isFalse();
                assertThat(r.json().get("error").get("__type").asString()).isIn("Validation Error", "Search Query Error");
            }
            assertThat(api().get("/api/3/action/package_show", null).status()).isEqualTo(409);
            Api.Response badJson = api().sendRaw("POST", "/api/3/action/package_search", null, "application/json", "{not json");
            assertThat(badJson.status()).isEqualTo(400);
            assertThat(badJson.json().get("success").asBoolean()).isFalse();
        }
    }

    @Nested
    class Pages {

        @Test
        void journeyOverHttp_home_search_dataset_sitemap() {
            released();
            String home = api().get("/open", null).body();
            assertThat(home).contains("河南省公共数据开放平台").contains("id=\"count-datasets\"");

            String list = api().get("/open/datasets?q=" + enc("开放测试市场主体"), null).body();
            assertThat(list).contains("/open/datasets/" + code());

            Api.Response page = api().get("/open/datasets/" + code(), null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"preview\"").contains("application/ld+json").contains("\"@type\":\"Dataset\"")
                    .contains("download.csv").doesNotContain(OpenDataFixture.rows().getFirst().mobile());

            String en = api().get("/open/datasets/" + code() + "?lang=en", null).body();
            assertThat(en).contains("Data dictionary");

            String sitemap = api().get("/sitemap.xml", null).body();
            assertThat(sitemap).contains("<loc>").contains("/open/datasets/" + code() + "</loc>").doesNotContain("101001/000001");
        }

        @Test
        void viewsAndDownloads_areCountedPerDatasetAndDay() {
            released();
            String before = api().get("/open/datasets/" + code(), null).body();
            api().get("/open/datasets/" + code() + "/download.csv", null);
            String after = api().get("/open/datasets/" + code(), null).body();
            assertThat(counts(after)[0]).isEqualTo(counts(before)[0] + 1);
            assertThat(counts(after)[1]).isEqualTo(counts(before)[1] + 1);
        }

        /** views, downloads from the "浏览 n 次，下载 m 次" line. */
        private int[] counts(String html) {
            var m = java.util.regex.Pattern.compile("浏览 (\\d+) 次，下载 (\\d+) 次").matcher(html);
            assertThat(m.find()).isTrue();
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }

        @Test
        void badInput_givesClearPages_neverA500() {
            assertThat(api().get("/open/datasets?page=-1", null).status()).isEqualTo(400);
            assertThat(api().get("/open/datasets?page=abc", null).status()).isEqualTo(400);
            assertThat(api().get("/open/datasets?sort=evil", null).status()).isEqualTo(400);
            assertThat(api().get("/open/datasets?q=" + enc("\" OR 1=1 -- <script>"), null).status()).isEqualTo(200);
            assertThat(api().get("/open/datasets?q=" + enc("\" OR 1=1 -- <script>"), null).body()).doesNotContain("<script>");
            assertThat(api().get("/open/datasets/109999/999999", null).status()).isEqualTo(404);
            assertThat(api().get("/open/datasets/101001/000001", null).status()).as("不予开放").isEqualTo(404);
            assertThat(api().get("/open/departments/nope", null).status()).isEqualTo(404);
            assertThat(Arrays.asList(api().get("/open/datasets?openType=NOT_OPEN", null).status())).containsExactly(200);
        }
    }

    @Nested
    class OpenApi {

        private String issue(int quota) {
            Api.Response r = api().post("/api/v1/opendata/keys", token("admin"), Map.of("name", "测试应用", "contact", "dev@example.com", "dailyQuota", quota));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            return r.json().get("key").asString();
        }

        private Api.Response get(String path, String key) {
            try {
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path));
                if (key != null) {
                    request.header("X-App-Key", key);
                }
                var response = java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void withAKey_searchMetadataAndPagedRowsOfTheRelease() {
            released();
            String key = issue(100);
            assertThat(key).startsWith("odk_");

            JsonNode found = get("/api/open/v1/datasets?q=" + enc("开放测试市场主体名录"), key).json();
            assertThat(found.get("items").valueStream().map(i -> i.get("code").asString())).contains(code());

            JsonNode meta = get("/api/open/v1/datasets/" + code(), key).json();
            assertThat(meta.get("downloadable").asBoolean()).isTrue();
            assertThat(meta.get("items").valueStream().filter(i -> i.get("name").asString().equals("lxsj")).findFirst().orElseThrow()
                    .get("released").asString()).isEqualTo("DROP");

            JsonNode page = get("/api/open/v1/datasets/" + code() + "/rows?offset=10&limit=5", key).json();
            assertThat(page.get("rows").size()).isEqualTo(5);
            assertThat(page.get("total").asLong()).isEqualTo(OpenDataFixture.ROWS);
            assertThat(page.get("columns").valueStream().map(JsonNode::asString)).containsExactly("tyshxydm", "mc", "fzr", "clrq", "xzqh");
            assertThat(page.get("rows").get(0).get("fzr").asString()).matches("\\p{IsHan}\\*+");

            assertThat(get("/api/open/v1/datasets/" + code() + "/rows?limit=5000", key).status()).isEqualTo(400);
            assertThat(get("/api/open/v1/datasets/" + code() + "/rows?offset=-1", key).status()).isEqualTo(400);
            assertThat(get("/api/open/v1/datasets/" + code() + "/rows?offset=abc", key).status()).isEqualTo(400);
            assertThat(get("/api/open/v1/datasets/109999/999999", key).status()).isEqualTo(404);
            assertThat(get("/api/open/v1/datasets/101001/000001/rows", key).status()).as("不予开放").isEqualTo(404);
        }

        @Test
        void withoutAValidKey_401_andPastTheQuota_429() {
            released();
            Api.Response none = get("/api/open/v1/datasets", null);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.contentType()).contains("problem+json");
            assertThat(get("/api/open/v1/datasets", "odk_forged").status()).isEqualTo(401);

            String key = issue(3);
            for (int i = 0; i < 3; i++) {
                assertThat(get("/api/open/v1/datasets/" + code(), key).status()).isEqualTo(200);
            }
            Api.Response over = get("/api/open/v1/datasets/" + code(), key);
            assertThat(over.status()).isEqualTo(429);
            assertThat(over.body()).contains("daily quota of 3");

            JsonNode listed = api().get("/api/v1/opendata/keys", token("admin")).json();
            assertThat(listed.toString()).doesNotContain(key).contains(key.substring(0, 12));
            assertThat(api().post("/api/v1/opendata/keys", token("scjgj_admin"), Map.of("name", "x")).status()).isEqualTo(403);
            assertThat(api().post("/api/v1/opendata/keys", token("admin"), Map.of("name", "x", "dailyQuota", 0)).status()).isEqualTo(400);
        }
    }
}
