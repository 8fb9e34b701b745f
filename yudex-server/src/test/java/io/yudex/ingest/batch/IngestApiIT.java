package io.yudex.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Loads into the demo's 全省户籍人口基本信息 (101001/000001, provider 公安厅): sfzhm key, xm, xb, csrq, mz, hjdz, xzqh. */
class IngestApiIT extends IntegrationTest {

    static final String RESOURCE = "101001/000001";
    static final String HEADER = "sfzhm,xm,xb,csrq,mz,hjdz,xzqh\n";

    /** Person {@code i} with a valid ID number whose birth date and sex agree with the other columns. */
    static String person(int i, String name) {
        LocalDate born = LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28);
        String first17 = "410105" + born.toString().replace("-", "") + String.format("%03d", i % 1000);
        String sex = (i % 1000) % 2 == 1 ? "1" : "2";
        return CitizenIdNumber.withCheckDigit(first17) + "," + name + "," + sex + "," + born + ",01,河南省郑州市金水区经三路" + i + "号,410105\n";
    }

    static String people(int from, int to, String suffix) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = from; i < to; i++) {
            sb.append(person(i, "张" + i + suffix));
        }
        return sb.toString();
    }

    Api.Response upload(String token, String content, Charset charset, String mode, String extra) {
        return api().multipart("/api/v1/catalog/resources/" + RESOURCE + "/batches?mode=" + mode + extra, token, "file",
                "people.csv", content.getBytes(charset));
    }

    /** Polls the batch until it ends; loads are asynchronous. */
    JsonNode finished(String token, long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode b = api().get("/api/v1/batches/" + id, token).json();
            if (!b.get("status").asString().equals("RUNNING")) {
                return b;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("batch " + id + " did not finish");
    }

    long load(String token, String content, Charset charset, String mode, String extra) {
        Api.Response r = upload(token, content, charset, mode, extra);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().get("id").asLong();
    }

    @Nested
    class Files {

        @Test
        void utf8Csv_withBadRows_loadsTheGoodOnesAndQuarantinesTheRestWithReasons() {
            String token = token("gat_admin");
            String content = people(0, 50, "") + "410105195001010011,无效日期,1,2023-02-30,01,地址,410105\n" + ",缺身份证,1,1990-01-01,01,地址,410105\n";
            long id = load(token, content, StandardCharsets.UTF_8, "FULL_REPLACE", "&force=true");
            JsonNode b = finished(token, id);

            assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("SUCCEEDED");
            assertThat(b.get("rowsRead").asLong()).isEqualTo(52);
            assertThat(b.get("rowsLoaded").asLong()).isEqualTo(50);
            assertThat(b.get("rowsRejected").asLong()).isEqualTo(2);

            String rejects = api().get("/api/v1/batches/" + id + "/rejects", token).body();
            assertThat(rejects).contains("line,column,value,reason").contains("2023-02-30").contains("csrq").contains("sfzhm");
            assertThat(api().get("/api/v1/catalog/resources/" + RESOURCE + "/data?limit=100", token).json().size()).isEqualTo(50);

            JsonNode profile = api().get("/api/v1/batches/" + id + "/profile", token).json();
            JsonNode sfzhm = profile.valueStream().filter(p -> p.get("profile").get("column").asString().equals("sfzhm")).findFirst().orElseThrow();
            assertThat(sfzhm.get("profile").get("rows").asLong()).isEqualTo(50);
            assertThat(sfzhm.get("profile").get("distinct").asLong()).isBetween(45L, 55L);
            assertThat(sfzhm.get("detected").asString()).isEqualTo("CITIZEN_ID");
            JsonNode address = profile.valueStream().filter(p -> p.get("profile").get("column").asString().equals("xb")).findFirst().orElseThrow();
            assertThat(address.get("profile").get("top").size()).isEqualTo(2);
        }

        @Test
        void detectedSensitiveData_suggestsAHigherSensitivityThanTheCatalogDeclares() {
            String token = token("gat_admin");
            // xzqh is declared not sensitive; fill it with mobile numbers to see the suggestion
            StringBuilder sb = new StringBuilder(HEADER);
            for (int i = 600; i < 620; i++) {
                sb.append(person(i, "王" + i).replace(",410105\n", ",1380000" + String.format("%04d", i) + "\n"));
            }
            long id = load(token, sb.toString(), StandardCharsets.UTF_8, "UPSERT", "&force=true");
            assertThat(finished(token, id).get("status").asString()).isEqualTo("SUCCEEDED");
            JsonNode xzqh = api().get("/api/v1/batches/" + id + "/profile", token).json().valueStream()
                    .filter(p -> p.get("profile").get("column").asString().equals("xzqh")).findFirst().orElseThrow();
            assertThat(xzqh.get("detected").asString()).isEqualTo("MOBILE");
            assertThat(xzqh.get("declared").asString()).isEqualTo("NONE");
            assertThat(xzqh.get("suggested").asString()).isEqualTo("PERSONAL");

            // the data admin confirms the suggestion into the catalog: a version of its own, then puts it back
            String item = "/api/v1/catalog/resources/" + RESOURCE + "/items/xzqh/sensitivity";
            Api.Response confirmed = api().put(item, token, Map.of("sensitivity", "PERSONAL"));
            assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
            assertThat(confirmed.body()).contains("\"name\":\"xzqh\"");
            JsonNode history = api().get("/api/v1/catalog/resources/" + RESOURCE + "/history", token).json();
            assertThat(history.valueStream().map(v -> v.get("action").asString())).contains("SENSITIVITY_SET");
            assertThat(api().put(item, token("rst_admin"), Map.of("sensitivity", "NONE")).status()).isEqualTo(403);
            assertThat(api().put("/api/v1/catalog/resources/" + RESOURCE + "/items/nope/sensitivity", token, Map.of("sensitivity", "NONE"))
                    .status()).isEqualTo(400);
            assertThat(api().put(item, token, Map.of("sensitivity", "NONE")).status()).isEqualTo(200);
        }

        @Test
        void gbkCsv_withChineseLabelsAsHeader_isDetectedAndLoaded() {
            String token = token("gat_admin");
            String content = people(100, 110, "").replace(HEADER, "公民身份号码,姓名,性别,出生日期,民族,户籍地址,户籍地行政区划代码\n");
            long id = load(token, content, Charset.forName("GB18030"), "UPSERT", "&force=true");
            JsonNode b = finished(token, id);
            assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("SUCCEEDED");
            assertThat(b.get("rowsLoaded").asLong()).isEqualTo(10);
            var rows = api().get("/api/v1/catalog/resources/" + RESOURCE + "/data?limit=10000", token).json();
            assertThat(rows.valueStream().anyMatch(r -> r.get("xm").asString().equals("张100"))).isTrue();
        }

        @Test
        void xlsxWorkbook_withNumericAndDateCells_isStreamedAndLoaded() throws Exception {
            String token = token("gat_admin");
            byte[] workbook;
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
                var sheet = wb.createSheet("户籍人口");
                var dateStyle = wb.createCellStyle();
                dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                String[] header = {"公民身份号码", "姓名", "性别", "出生日期", "户籍地行政区划代码"};
                var h = sheet.createRow(0);
                for (int c = 0; c < header.length; c++) {
                    h.createCell(c).setCellValue(header[c]);
                }
                for (int i = 0; i < 20; i++) {
                    String[] p = person(700 + i, "孙" + i).trim().split(",");
                    var row = sheet.createRow(i + 1);
                    row.createCell(0).setCellValue(p[0]);
                    row.createCell(1).setCellValue(p[1]);
                    row.createCell(2).setCellValue(Double.parseDouble(p[2]));
                    var born = row.createCell(3);
                    born.setCellValue(LocalDate.parse(p[3]));
                    born.setCellStyle(dateStyle);
                    row.createCell(4).setCellValue(410105d);
                }
                wb.write(out);
                workbook = out.toByteArray();
            }
            Api.Response r = api().multipart("/api/v1/catalog/resources/" + RESOURCE + "/batches?mode=UPSERT&force=true", token, "file",
                    "户籍人口.xlsx", workbook);
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            JsonNode b = finished(token, r.json().get("id").asLong());
            assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("SUCCEEDED");
            assertThat(b.get("format").asString()).isEqualTo("XLSX");
            assertThat(b.get("rowsLoaded").asLong()).isEqualTo(20);
            JsonNode rows = api().get("/api/v1/catalog/resources/" + RESOURCE + "/data?limit=10000", token).json();
            JsonNode sun = rows.valueStream().filter(x -> x.get("xm").asString().equals("孙3")).findFirst().orElseThrow();
            assertThat(sun.get("xb").asString()).isIn("1", "2");
            assertThat(sun.get("xzqh").asString()).isEqualTo("410105");
        }

        @Test
        void sameFileTwice_isRefusedUnlessForced() {
            String token = token("gat_admin");
            String content = people(200, 205, "-dup" + System.nanoTime());
            finished(token, load(token, content, StandardCharsets.UTF_8, "UPSERT", ""));
            Api.Response again = upload(token, content, StandardCharsets.UTF_8, "UPSERT", "");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("detail").asString()).contains("already loaded");
            Api.Response forced = upload(token, content, StandardCharsets.UTF_8, "UPSERT", "&force=true");
            assertThat(forced.status()).isEqualTo(202);
            finished(token, forced.json().get("id").asLong());
        }

        @Test
        void headerMatchingNoItem_failsTheBatchWithAClearMessage_andChangesNothing() {
            String token = token("gat_admin");
            long id = load(token, "foo,bar\n1,2\n", StandardCharsets.UTF_8, "FULL_REPLACE", "&force=true");
            JsonNode b = finished(token, id);
            assertThat(b.get("status").asString()).isEqualTo("FAILED");
            assertThat(b.get("message").asString()).contains("matches no data item");
        }

        @Test
        void editedColumnMapping_sendsUnmatchedColumnsToItems_andIgnoresOthers() {
            String token = token("gat_admin");
            String content = people(700, 703, "映").replace(HEADER, "身份证号,名字,xb,csrq,mz,hjdz,xzqh\n");
            String mapping = java.net.URLEncoder.encode("{\"身份证号\":\"sfzhm\",\"名字\":\"姓名\",\"mz\":\"\"}", StandardCharsets.UTF_8);
            JsonNode b = finished(token, load(token, content, StandardCharsets.UTF_8, "UPSERT", "&force=true&mapping=" + mapping));
            assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("SUCCEEDED");
            assertThat(b.get("rowsLoaded").asLong()).isEqualTo(3);
            assertThat(b.get("message").asString()).contains("mz");

            String unknown = java.net.URLEncoder.encode("{\"身份证号\":\"idcard\"}", StandardCharsets.UTF_8);
            Api.Response bad = upload(token, content, StandardCharsets.UTF_8, "UPSERT", "&force=true&mapping=" + unknown);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("idcard");
            assertThat(upload(token, content, StandardCharsets.UTF_8, "UPSERT", "&mapping=%5B1%5D").status()).isEqualTo(400);
        }

        @Test
        void emptyOrBinaryOrMissingFile_isA400() {
            String token = token("gat_admin");
            assertThat(upload(token, "", StandardCharsets.UTF_8, "APPEND", "").status()).isEqualTo(400);
            Api.Response binary = api().multipart("/api/v1/catalog/resources/" + RESOURCE + "/batches", token, "file", "x.bin",
                    new byte[] {0, 1, 2, 3, 0, 0, 7, 8, 9, 0});
            assertThat(binary.status()).as(binary.body()).isEqualTo(400);
            assertThat(upload(token, HEADER, StandardCharsets.UTF_8, "SIDEWAYS", "").status()).isEqualTo(400);
        }
    }

    @Nested
    class Push {

        @Test
        void providersSystem_pushesWithItsApiClientToken_andAReadOnlyClientCannot() {
            String admin = token("admin");
            long gat = api().get("/api/v1/catalog/resources/" + RESOURCE, admin).json().get("providerId").asLong();
            String[] client = client(admin, gat, "DEPT_ADMIN");
            String writer = client[1];
            String[] p = person(530, "机推").trim().split(",");
            String json = "[{\"sfzhm\":\"" + p[0] + "\",\"xm\":\"" + p[1] + "\",\"xb\":\"" + p[2] + "\",\"csrq\":\"" + p[3]
                    + "\",\"xzqh\":\"410105\"}]";
            Api.Response pushed = api().send("POST", "/api/v1/catalog/resources/" + RESOURCE + "/rows", writer, json);
            assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
            JsonNode b = finished(writer, pushed.json().get("id").asLong());
            assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("SUCCEEDED");
            assertThat(b.get("createdBy").asString()).as("the batch names the system that pushed").isEqualTo(client[0]);

            String reader = client(admin, gat, "DEPT_USER")[1];
            assertThat(api().send("POST", "/api/v1/catalog/resources/" + RESOURCE + "/rows", reader, json).status()).isEqualTo(403);
        }

        /** A new API client of the department: its id and a token. */
        private String[] client(String admin, long departmentId, String role) {
            JsonNode issued = api().post("/api/v1/admin/clients", admin,
                    Map.of("name", "公安人口库同步程序-" + role + "-" + System.nanoTime() % 100000, "departmentId", departmentId, "role", role)).json();
            String id = issued.get("client").get("clientId").asString();
            return new String[] {id, api().post("/api/v1/auth/token", null, Map.of("client_id", id,
                    "client_secret", issued.get("clientSecret").asString())).json().get("access_token").asString()};
        }

        @Test
        void jsonAndNdjsonRows_pushedByTheProvidersSystem_areUpserted() {
            String token = token("gat_admin");
            String[] p = person(500, "李推送").trim().split(",");
            String json = "[{\"sfzhm\":\"" + p[0] + "\",\"xm\":\"" + p[1] + "\",\"xb\":\"" + p[2] + "\",\"csrq\":\"" + p[3]
                    + "\",\"xzqh\":\"410105\"}]";
            Api.Response pushed = api().send("POST", "/api/v1/catalog/resources/" + RESOURCE + "/rows", token, json);
            assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
            JsonNode b = finished(token, pushed.json().get("id").asLong());
            assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("SUCCEEDED");
            assertThat(b.get("source").asString()).isEqualTo("PUSH");
            assertThat(b.get("rowsLoaded").asLong()).isEqualTo(1);

            StringBuilder ndjson = new StringBuilder();
            for (int i = 500; i < 510; i++) {
                String[] q = person(i, "李推送二").trim().split(",");
                ndjson.append("{\"公民身份号码\":\"").append(q[0]).append("\",\"姓名\":\"").append(q[1]).append("\",\"性别\":\"")
                        .append(q[2]).append("\",\"出生日期\":\"").append(q[3]).append("\",\"户籍地行政区划代码\":\"410105\"}\n");
            }
            ndjson.append("{\"公民身份号码\":\"\"}\n");
            Api.Response second = api().sendRaw("POST", "/api/v1/catalog/resources/" + RESOURCE + "/rows", token, "application/x-ndjson",
                    ndjson.toString());
            JsonNode b2 = finished(token, second.json().get("id").asLong());
            assertThat(b2.get("status").asString()).as(b2.toString()).isEqualTo("SUCCEEDED");
            assertThat(b2.get("rowsRead").asLong()).isEqualTo(11);
            assertThat(b2.get("rowsRejected").asLong()).isEqualTo(1);
            assertThat(b2.get("rowsClosed").asLong()).isEqualTo(1);

            // one bad row in two is more than the allowed 10%: the whole batch fails and loads nothing
            Api.Response third = api().sendRaw("POST", "/api/v1/catalog/resources/" + RESOURCE + "/rows", token, "application/x-ndjson",
                    ndjson.substring(0, ndjson.indexOf("\n") + 1) + "{\"公民身份号码\":\"\"}\n");
            JsonNode b3 = finished(token, third.json().get("id").asLong());
            assertThat(b3.get("status").asString()).isEqualTo("FAILED");
            assertThat(b3.get("message").asString()).contains("1 of 2 rows were rejected");
            assertThat(b3.get("rowsLoaded").asLong() + b3.get("rowsRejected").asLong()).isEqualTo(b3.get("rowsRead").asLong());
        }
    }

    @Nested
    class History {

        @Test
        void upsertThenRollback_restoresTheEarlierState_andChangesAreListed() {
            String token = token("gat_admin");
            long first = load(token, people(300, 310, ""), StandardCharsets.UTF_8, "FULL_REPLACE", "&force=true");
            assertThat(finished(token, first).get("status").asString()).isEqualTo("SUCCEEDED");
            long second = load(token, people(305, 315, "改"), StandardCharsets.UTF_8, "UPSERT", "&force=true");
            assertThat(finished(token, second).get("rowsClosed").asLong()).isEqualTo(5);

            JsonNode changes = api().get("/api/v1/catalog/resources/" + RESOURCE + "/changes?since=" + first, token).json();
            assertThat(changes.valueStream().map(c -> c.get("kind").asString()).toList()).containsOnly("UPDATED", "INSERTED").hasSize(10);
            assertThat(api().get("/api/v1/catalog/resources/" + RESOURCE + "/data?limit=100&asOf=" + first, token).json().size()).isEqualTo(10);

            JsonNode rollback = api().post("/api/v1/catalog/resources/" + RESOURCE + "/rollback", token, Map.of("toBatch", first)).json();
            assertThat(rollback.get("status").asString()).isEqualTo("SUCCEEDED");
            assertThat(rollback.get("source").asString()).isEqualTo("ROLLBACK");
            JsonNode now = api().get("/api/v1/catalog/resources/" + RESOURCE + "/data?limit=100", token).json();
            assertThat(now.size()).isEqualTo(10);
            assertThat(now.valueStream().noneMatch(r -> r.get("xm").asString().endsWith("改"))).isTrue();
            assertThat(api().get("/api/v1/catalog/resources/" + RESOURCE + "/batches", token).json().size()).isGreaterThanOrEqualTo(3);
        }
    }

    @Nested
    class Authorization {

        @Test
        void otherDepartmentsAndUsers_cannotLoad_andDraftsTakeNoData() {
            String content = people(400, 401, "");
            assertThat(upload(token("mzt_admin"), content, StandardCharsets.UTF_8, "APPEND", "").status()).isEqualTo(403);
            assertThat(upload(token("gat_user"), content, StandardCharsets.UTF_8, "APPEND", "").status()).isEqualTo(403);
            assertThat(upload(null, content, StandardCharsets.UTF_8, "APPEND", "").status()).isEqualTo(401);

            String draft = api().post("/api/v1/catalog/resources", token("gat_admin"), io.yudex.support.ResourceFixtures.valid()).json()
                    .get("code").asString();
            Api.Response r = api().multipart("/api/v1/catalog/resources/" + draft + "/batches", token("gat_admin"), "file", "p.csv",
                    content.getBytes(StandardCharsets.UTF_8));
            assertThat(r.status()).isEqualTo(409);
        }
    }
}
