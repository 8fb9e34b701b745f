package io.yudex.catalog;

import static io.yudex.support.ResourceFixtures.valid;
import static io.yudex.support.ResourceFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CatalogApiIT extends IntegrationTest {

    private String create(String token, Map<String, Object> body) {
        Api.Response r = api().post("/api/v1/catalog/resources", token, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("code").asString();
    }

    private long total(String token) {
        return api().get("/api/v1/catalog/resources?size=1&status=DRAFT&status=SUBMITTED&status=PUBLISHED&status=DEPRECATED", token)
                .json().get("total").asLong();
    }

    @Nested
    class Register {

        @Test
        void create_byDepartmentAdmin_generatesCodeFromClassificationAndKeepsVersion() {
            String token = token("gat_admin");
            Map<String, Object> body = valid();
            Api.Response r = api().post("/api/v1/catalog/resources", token, body);

            assertThat(r.status()).isEqualTo(201);
            JsonNode json = r.json();
            assertThat(json.get("code").asString()).matches(body.get("classificationCode") + "/\\d{6}");
            assertThat(json.get("status").asString()).isEqualTo("DRAFT");
            assertThat(json.get("providerName").asString()).isEqualTo("河南省公安厅");
            assertThat(json.get("version").asInt()).isEqualTo(1);
            assertThat(json.get("items").size()).isEqualTo(((List<?>) body.get("items")).size());
        }

        @Test
        void create_withEverythingMissing_reportsEveryFieldAndWritesNothing() {
            String token = token("admin");
            long before = total(token);

            Api.Response r = api().post("/api/v1/catalog/resources", token, Map.of("providerCode", "114100000010003795"));

            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            List<String> fields = r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
            assertThat(fields).contains("name", "summary", "classificationCode", "formatType", "items", "shareType", "openType", "updateCycle", "dataGrade");
            assertThat(total(token)).isEqualTo(before);
        }

        @Test
        void create_conditionalShareWithoutConditions_isRejectedNamingTheField() {
            Api.Response r = api().post("/api/v1/catalog/resources", token("gat_admin"), with(valid(), "shareType", "CONDITIONAL"));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("shareConditions");
        }

        @Test
        void create_notSharedWithoutLegalBasis_isRejected() {
            Api.Response r = api().post("/api/v1/catalog/resources", token("gat_admin"),
                    with(with(valid(), "shareType", "3"), "shareModes", List.of()));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).contains("shareLegalBasis");
        }

        @Test
        void create_classifiedOrOverlongOrUnknownProvider_isRejected() {
            String token = token("admin");
            assertThat(api().post("/api/v1/catalog/resources", token, with(valid(), "classified", true)).body()).contains("classified");
            assertThat(api().post("/api/v1/catalog/resources", token, with(valid(), "name", "名".repeat(201))).json()
                    .get("errors").get(0).get("field").asString()).isEqualTo("name");
            Api.Response unknown = api().post("/api/v1/catalog/resources", token, with(valid(), "providerCode", "NOSUCHDEPT"));
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.body()).contains("providerCode");
        }

        @Test
        void create_malformedJsonOrUnknownEnum_isA400Problem() {
            String token = token("admin");
            assertThat(api().post("/api/v1/catalog/resources", token, "{not json").status()).isEqualTo(400);
            Api.Response r = api().post("/api/v1/catalog/resources", token, with(valid(), "shareType", "SOMETIMES"));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }

        @Test
        void create_sameNameTwiceForOneProvider_isAConflict() {
            String token = token("gat_admin");
            Map<String, Object> body = valid();
            create(token, body);
            assertThat(api().post("/api/v1/catalog/resources", token, body).status()).isEqualTo(409);
        }

        @Test
        void create_forAnotherDepartment_isForbiddenForADepartmentAdmin() {
            String other = api().get("/api/v1/departments", token("mzt_admin")).json().valueStream()
                    .filter(d -> d.get("name").asString().equals("河南省民政厅")).findFirst().orElseThrow().get("code").asString();
            Api.Response r = api().post("/api/v1/catalog/resources", token("gat_admin"), with(valid(), "providerCode", other));
            assertThat(r.status()).isEqualTo(403);
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void submitPublishDeprecate_walksTheWorkflowAndRecordsHistory() {
            String dept = token("gat_admin");
            String admin = token("admin");
            String code = create(dept, valid());

            assertThat(api().post("/api/v1/catalog/resources/" + code + "/submit", dept, null).json().get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(api().post("/api/v1/catalog/resources/" + code + "/publish", dept, null).status()).isEqualTo(403);
            JsonNode published = api().post("/api/v1/catalog/resources/" + code + "/publish", admin, null).json();
            assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
            assertThat(published.get("releaseDate").isNull()).isFalse();

            JsonNode history = api().get("/api/v1/catalog/resources/" + code + "/history", dept).json();
            assertThat(history.valueStream().map(v -> v.get("action").asString()).toList())
                    .containsExactly("PUBLISHED", "SUBMITTED", "CREATED");
            assertThat(history.get(0).get("changedBy").asString()).isEqualTo("admin");
            assertThat(history.get(0).get("changedFields").valueStream().map(JsonNode::asString).toList()).contains("status", "releaseDate");

            assertThat(api().post("/api/v1/catalog/resources/" + code + "/deprecate", dept, Map.of("reason", "数据源已停用")).json()
                    .get("status").asString()).isEqualTo("DEPRECATED");

            JsonNode first = api().get("/api/v1/catalog/resources/" + code + "/history/1", dept).json();
            assertThat(first.get("status").asString()).isEqualTo("DRAFT");
            assertThat(first.get("code").asString()).isEqualTo(code);
            assertThat(api().get("/api/v1/catalog/resources/" + code + "/history/99", dept).status()).isEqualTo(404);
        }

        @Test
        void sendBack_needsAReason_andReturnsTheResourceToDraftWithIt() {
            String dept = token("gat_admin");
            String admin = token("admin");
            String code = create(dept, valid());
            api().post("/api/v1/catalog/resources/" + code + "/submit", dept, null);

            assertThat(api().post("/api/v1/catalog/resources/" + code + "/return", admin, Map.of("reason", " ")).status()).isEqualTo(400);
            JsonNode returned = api().post("/api/v1/catalog/resources/" + code + "/return", admin, Map.of("reason", "摘要过于简略")).json();

            assertThat(returned.get("status").asString()).isEqualTo("DRAFT");
            assertThat(returned.get("reviewComment").asString()).isEqualTo("摘要过于简略");
        }

        @Test
        void edit_draftRecordsChangedFields_butPublishedIsNotEditable() {
            String dept = token("gat_admin");
            Map<String, Object> body = valid();
            String code = create(dept, body);

            Api.Response edited = api().put("/api/v1/catalog/resources/" + code, dept, with(body, "summary", "修改后的摘要"));
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);
            JsonNode history = api().get("/api/v1/catalog/resources/" + code + "/history", dept).json();
            assertThat(history.get(0).get("changedFields").valueStream().map(JsonNode::asString).toList()).containsExactly("summary");

            api().post("/api/v1/catalog/resources/" + code + "/submit", dept, null);
            api().post("/api/v1/catalog/resources/" + code + "/publish", token("admin"), null);
            Api.Response again = api().put("/api/v1/catalog/resources/" + code, dept, with(body, "summary", "再次修改"));
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("detail").asString()).contains("PUBLISHED");
        }

        @Test
        void publish_ofADraft_isAConflictNamingBothStates() {
            String code = create(token("gat_admin"), valid());
            Api.Response r = api().post("/api/v1/catalog/resources/" + code + "/publish", token("admin"), null);
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.json().get("detail").asString()).contains("DRAFT").contains("PUBLISHED");
        }

        @Test
        void edit_ofAnotherDepartmentsResource_isForbidden() {
            String code = create(token("gat_admin"), valid());
            Api.Response r = api().post("/api/v1/catalog/resources/" + code + "/submit", token("mzt_admin"), null);
            assertThat(r.status()).isIn(403, 404);
        }
    }

    @Nested
    class ReadAndSearch {

        @Test
        void get_byEncodedOrPlainCode_andAnonymousSeesOnlyOpenMetadata() {
            JsonNode open = api().get("/api/v1/catalog/open-list", null).json();
            String openCode = open.get("items").get(0).get("code").asString();
            assertThat(api().get("/api/v1/catalog/resources/" + openCode, null).status()).isEqualTo(200);
            assertThat(api().get("/api/v1/catalog/resources/" + openCode.replace("/", "%2F"), null).json().get("code").asString()).isEqualTo(openCode);

            String closed = "101001/000001"; // 全省户籍人口基本信息: not open
            assertThat(api().get("/api/v1/catalog/resources/" + closed, null).status()).isEqualTo(404);
            assertThat(api().get("/api/v1/catalog/resources/" + closed, token("mzt_user")).status()).isEqualTo(200);
        }

        @Test
        void search_inChinese_findsRankedHighlightedResultsWithFacets() {
            JsonNode r = api().get("/api/v1/catalog/resources?q=" + enc("人口") + "&size=5", token("mzt_user")).json();
            assertThat(r.get("total").asLong()).isGreaterThanOrEqualTo(2);
            JsonNode first = r.get("items").get(0);
            assertThat(first.get("name").asString()).contains("人口");
            assertThat(first.get("highlight").get("name").asString()).contains("<em>");
            for (String key : List.of("code", "name", "provider", "shareType", "openType")) {
                assertThat(first.has(key)).as(key).isTrue();
            }
            assertThat(r.get("facets").get("provider").size()).isGreaterThan(0);
        }

        @Test
        void search_facetFilter_narrowsResultsAndAnonymousSeesOnlyTheOpenList() {
            String user = token("mzt_user");
            long all = api().get("/api/v1/catalog/resources?size=1", user).json().get("total").asLong();
            long shared = api().get("/api/v1/catalog/resources?size=1&shareType=UNCONDITIONAL", user).json().get("total").asLong();
            assertThat(shared).isPositive().isLessThan(all);

            JsonNode anonymous = api().get("/api/v1/catalog/resources?size=200", null).json();
            assertThat(anonymous.get("items").valueStream().map(i -> i.get("openType").asString()).distinct().toList())
                    .doesNotContain("NOT_OPEN");
        }

        @Test
        void search_badPaging_isA400() {
            assertThat(api().get("/api/v1/catalog/resources?size=0", null).status()).isEqualTo(400);
            assertThat(api().get("/api/v1/catalog/resources?page=-1", null).status()).isEqualTo(400);
            assertThat(api().get("/api/v1/catalog/resources?page=abc", null).status()).isEqualTo(400);
        }

        @Test
        void newlyCreatedResource_isSearchableAtOnceByItsProvider() {
            String dept = token("gat_admin");
            Map<String, Object> body = valid();
            create(dept, body);
            JsonNode r = api().get("/api/v1/catalog/resources?q=" + enc((String) body.get("name")), dept).json();
            assertThat(r.get("items").valueStream().map(i -> i.get("name").asString()).toList()).contains((String) body.get("name"));
        }
    }

    @Nested
    class Lists {

        @Test
        void shareList_asJsonCsvAndXlsx_withChineseHeaders() throws Exception {
            String user = token("mzt_user");
            JsonNode json = api().get("/api/v1/catalog/share-list", user).json();
            int rows = json.get("total").asInt();
            assertThat(rows).isPositive();
            assertThat(json.get("items").valueStream().map(i -> i.get("shareType").asString()).distinct().toList())
                    .doesNotContain("NOT_SHARED");

            Api.Response csv = api().get("/api/v1/catalog/share-list?format=csv", user);
            assertThat(csv.contentType()).startsWith("text/csv");
            String[] lines = csv.body().split("\r\n");
            assertThat(lines[0]).startsWith("\uFEFF资源代码,资源名称");
            assertThat(lines).hasSize(rows + 1);

            Api.Response xlsx = api().get("/api/v1/catalog/share-list?format=xlsx", user);
            try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
                assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("资源代码");
                assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(rows);
            }
        }

        @Test
        void openList_isPublic_shareListIsNot_andBadFormatIsA400() {
            assertThat(api().get("/api/v1/catalog/open-list", null).status()).isEqualTo(200);
            assertThat(api().get("/api/v1/catalog/share-list", null).status()).isEqualTo(401);
            assertThat(api().get("/api/v1/catalog/open-list?format=pdf", null).status()).isEqualTo(400);
            assertThat(api().get("/api/v1/catalog/open-list?shareType=NOPE", null).status()).isEqualTo(400);
        }

        @Test
        void openList_filterByLibrary_returnsOnlyThatLibrary() {
            JsonNode r = api().get("/api/v1/catalog/open-list?library=SOCIAL_CREDIT", null).json();
            assertThat(r.get("total").asInt()).isPositive();
            assertThat(r.get("items").valueStream().map(i -> i.get("library").asString()).distinct().toList()).containsExactly("SOCIAL_CREDIT");
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
