package io.yudex.catalog.census;

import static io.yudex.support.ResourceFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.ConsoleSession;
import io.yudex.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CensusApiIT extends IntegrationTest {

    private static final String UPLOAD = "/api/v1/catalog/census";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Api.Response upload(String token, CensusWorkbook wb) {
        return upload(token, wb.bytes());
    }

    private Api.Response upload(String token, byte[] bytes) {
        return api().multipart(UPLOAD, token, "file", "census.xlsx", bytes);
    }

    private long drafts() {
        return api().get("/api/v1/catalog/resources?size=1&status=DRAFT", token("admin")).json().get("total").asLong();
    }

    /** Whether a resource of exactly this name is in the catalog (search is fuzzy, so compare the names found). */
    private boolean exists(String name) {
        String q = URLEncoder.encode(name, StandardCharsets.UTF_8);
        JsonNode items = api().get("/api/v1/catalog/resources?size=50&q=" + q, token("admin")).json().get("items");
        return items.valueStream().anyMatch(i -> i.get("name").asString().equals(name));
    }

    private String departmentCode(String name) {
        return api().get("/api/v1/departments", token("admin")).json().valueStream()
                .filter(d -> d.get("name").asString().equals(name)).findFirst().orElseThrow().get("code").asString();
    }

    private static String unique(String label) {
        return "普查" + label + System.nanoTime();
    }

    private static List<JsonNode> problems(Api.Response r) {
        return r.json().get("problems").valueStream().toList();
    }

    @Nested
    class Template {

        @Test
        void template_forDepartmentAdmin_isAnXlsxAttachmentWithTheDataSheets() throws Exception {
            Api.Response r = api().get(UPLOAD + "/template", token("gat_admin"));

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).startsWith(XLSX);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
                assertThat(wb.getSheet("资源")).isNotNull();
                assertThat(wb.getSheet("信息项")).isNotNull();
                assertThat(wb.getSheet("填写说明")).isNotNull();
            }
        }

        @Test
        void template_forDepartmentUser_isForbidden() {
            assertThat(api().get(UPLOAD + "/template", token("gat_user")).status()).isEqualTo(403);
        }
    }

    @Nested
    class Upload {

        @Test
        void upload_validFile_registersEveryResourceAsADraftOfTheUploadersDepartment() {
            String token = token("gat_admin");
            Api.Response r = upload(token, CensusWorkbook.withValid(unique("有效"), 3));

            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode body = r.json();
            assertThat(body.propertyNames()).containsExactlyInAnyOrder("imported", "codes", "problems");
            assertThat(body.get("imported").asInt()).isEqualTo(3);
            assertThat(body.get("problems").size()).isZero();
            List<String> codes = body.get("codes").valueStream().map(JsonNode::asString).toList();
            assertThat(codes).hasSize(3);
            for (String code : codes) {
                JsonNode resource = api().get("/api/v1/catalog/resources/" + code, token).json();
                assertThat(resource.get("status").asString()).isEqualTo("DRAFT");
                assertThat(resource.get("providerName").asString()).isEqualTo("河南省公安厅");
                assertThat(resource.get("items").size()).isEqualTo(3);
            }
        }

        @Test
        void upload_oneBadRowAmongGoodOnes_reportsItsRowAndAppliesNothing() {
            long before = drafts();
            String prefix = unique("部分");
            CensusWorkbook wb = CensusWorkbook.withValid(prefix, 2);
            Map<String, Object> bad = new HashMap<>(CensusWorkbook.validRow("3", prefix + "3", 3));
            bad.put("共享类型", "有条件共享");
            int badRow = wb.resource(bad);
            CensusWorkbook.validItems("3", 3).forEach(wb::item);
            wb.validResource("4", prefix + "4", 4);

            Api.Response r = upload(token("gat_admin"), wb);

            assertThat(r.status()).as(r.body()).isEqualTo(422);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(problems(r)).singleElement().satisfies(p -> {
                assertThat(p.get("sheet").asString()).isEqualTo("资源");
                assertThat(p.get("row").asInt()).isEqualTo(badRow);
                assertThat(p.get("column").asString()).isEqualTo("共享条件");
            });
            assertThat(drafts()).isEqualTo(before);
            assertThat(exists(prefix + "1")).isFalse();
        }

        @Test
        void upload_nameTakenInTheCatalog_rollsBackTheRowsAlreadyWritten() {
            String token = token("gat_admin");
            String taken = api().post("/api/v1/catalog/resources", token, valid()).json().get("name").asString();
            long before = drafts();
            String first = unique("回滚");
            CensusWorkbook wb = CensusWorkbook.template();
            wb.validResource("1", first, 1);
            int clash = wb.validResource("2", taken, 2);

            Api.Response r = upload(token, wb);

            assertThat(r.status()).as(r.body()).isEqualTo(422);
            assertThat(problems(r)).singleElement().satisfies(p -> {
                assertThat(p.get("row").asInt()).isEqualTo(clash);
                assertThat(p.get("column").asString()).isEqualTo("资源名称");
                assertThat(p.get("reason").asString()).contains(taken);
            });
            assertThat(drafts()).isEqualTo(before);
            assertThat(exists(first)).isFalse();
        }

        @Test
        void upload_unknownOrAnotherDepartmentsProviderCode_isRefusedAtThatCell() {
            long before = drafts();
            CensusWorkbook wb = CensusWorkbook.template();
            int unknown = wb.resource(withProvider(CensusWorkbook.validRow("1", unique("未知提供方"), 1), "no-such-department"));
            int other = wb.resource(withProvider(CensusWorkbook.validRow("2", unique("越权"), 2), departmentCode("河南省民政厅")));
            CensusWorkbook.validItems("1", 1).forEach(wb::item);
            CensusWorkbook.validItems("2", 2).forEach(wb::item);

            Api.Response r = upload(token("gat_admin"), wb);

            assertThat(r.status()).as(r.body()).isEqualTo(422);
            assertThat(problems(r)).extracting(p -> p.get("row").asInt() + " " + p.get("column").asString())
                    .containsExactly(unknown + " 提供方代码", other + " 提供方代码");
            assertThat(drafts()).isEqualTo(before);
        }

        private static Map<String, Object> withProvider(Map<String, Object> row, String providerCode) {
            Map<String, Object> copy = new HashMap<>(row);
            copy.put("提供方代码", providerCode);
            return copy;
        }

        @Test
        void upload_byDepartmentUser_isForbidden() {
            Api.Response r = upload(token("gat_user"), CensusWorkbook.withValid(unique("无权"), 1));
            assertThat(r.status()).isEqualTo(403);
        }

        @Test
        void upload_garbageBytes_isAProblemNotAServerError() {
            Api.Response r = upload(token("gat_admin"), "PK garbage".getBytes(StandardCharsets.UTF_8));

            assertThat(r.status()).isEqualTo(422);
            assertThat(problems(r)).singleElement()
                    .satisfies(p -> assertThat(p.get("reason").asString()).isEqualTo("file is not a valid XLSX workbook"));
        }

        @Test
        void upload_withoutAFile_isABadRequest() {
            Api.Response empty = upload(token("admin"), new byte[0]);
            Api.Response json = api().post(UPLOAD, token("admin"), Map.of());

            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.contentType()).startsWith("application/problem+json");
            assertThat(json.status()).isEqualTo(400);
        }
    }

    @Nested
    class Console {

        @Test
        void page_forDepartmentAdmin_offersTemplateAndUploadForm() {
            ConsoleSession.Page page = ConsoleSession.login(port, "gat_admin", PASSWORD).get("/catalog/census");

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"census-file\"", "id=\"census-submit\"", "multipart/form-data",
                    "/catalog/census/template");
        }

        @Test
        void upload_validFileThroughTheForm_listsTheImportedCodesAsLinks() throws Exception {
            String body = new BrowserUpload(port).upload("gat_admin", CensusWorkbook.withValid(unique("控制台"), 2).bytes());

            assertThat(body).contains("id=\"census-result\"").doesNotContain("id=\"census-problems\"");
            assertThat(body.split("/catalog/resource\\?code=", -1)).hasSize(3);
        }

        @Test
        void upload_badFileThroughTheForm_showsTheProblemTable() throws Exception {
            String body = new BrowserUpload(port).upload("gat_admin", "garbage".getBytes(StandardCharsets.UTF_8));

            assertThat(body).contains("id=\"census-problems\"", "file is not a valid XLSX workbook").doesNotContain("id=\"census-result\"");
        }

        @Test
        void upload_withoutAFile_showsTheHint() {
            ConsoleSession.Page page = ConsoleSession.login(port, "gat_admin", PASSWORD).postForm("/catalog/census", Map.of());

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"census-no-file\"");
        }
    }

    /** Logs in like a browser and posts the census form as multipart, the CSRF token as a form part as a browser sends it. */
    private record BrowserUpload(int port) {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        String upload(String user, byte[] xlsx) throws Exception {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            String csrf = csrf(send(http, HttpRequest.newBuilder(uri("/login")).GET()));
            String form = "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
            send(http, HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            csrf = csrf(send(http, HttpRequest.newBuilder(uri("/catalog/census")).GET()));
            String boundary = "census" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"census.xlsx\"\r\n"
                    + "Content-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(xlsx);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/catalog/census"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            return page.body();
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String send(HttpClient http, HttpRequest.Builder request) throws Exception {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        private static String csrf(String html) {
            Matcher m = CSRF.matcher(html);
            assertThat(m.find()).as("CSRF field in page").isTrue();
            return m.group(1);
        }
    }
}
