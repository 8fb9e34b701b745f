package io.yudex.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.data.DuckDbDataStore;
import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import io.yudex.support.TestDepartment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk export through EXPORT grants: every format gives exactly the rows and masked values that the query API gives
 * for the same grant and filter; everything the query path refuses, the export refuses too, and every export is audited
 * with its row count.
 */
class DataExportIT extends IntegrationTest {

    static final String POPULATION = "101001/000001";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@code n} people of one region, loaded by the provider; returns their ID numbers. */
    private List<String> pushRegion(String region, int n) {
        String gat = token("gat_admin");
        List<String> ids = new ArrayList<>();
        StringBuilder json = new StringBuilder("[");
        long nonce = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String id = CitizenIdNumber.withCheckDigit(region + "1991" + String.format("%02d", 1 + i % 12) + "1" + (i % 9 + 1) + String.format("%03d", (nonce + i) % 1000));
            ids.add(id);
            json.append(i == 0 ? "" : ",").append("{\"sfzhm\":\"").append(id).append("\",\"xm\":\"上官").append(i).append("\",\"xb\":\"")
                    .append(i % 2 + 1).append("\",\"csrq\":\"1991-0").append(1 + i % 9).append("-1").append(i % 9 + 1).append("\",\"xzqh\":\"")
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
        return ids;
    }

    private long grant(String consumer, List<String> items, String region, Map<String, String> masks, List<String> modes) {
        Map<String, Object> a = new HashMap<>(Map.of("resourceCode", POPULATION, "items", items, "purpose", "数据校核",
                "basis", "核验服务对象身份", "modes", modes, "validUntil", LocalDate.now(clock).plusMonths(3).toString()));
        if (region != null) {
            a.put("rowScope", region);
        }
        Api.Response applied = api().post("/api/v1/sharing/applications", consumer, a);
        assertThat(applied.status()).as(applied.body()).isBetween(200, 201);
        Map<String, Object> decision = new HashMap<>(Map.of("decision", "approve"));
        if (masks != null) {
            decision.put("masks", masks);
        }
        Api.Response decided = api().post("/api/v1/sharing/applications/" + applied.json().get("id").asLong() + "/decision", token("gat_admin"), decision);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        return decided.json().get("grantId").asLong();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Every row the query API returns for the query, walking its pages; values as text, null kept. */
    private List<Map<String, String>> queried(String query, String token) {
        List<Map<String, String>> rows = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api().get("/api/v1/data/" + POPULATION + "?" + query + "&limit=1000" + (cursor == null ? "" : "&cursor=" + enc(cursor)), token).json();
            List<String> items = page.get("items").valueStream().map(JsonNode::asString).toList();
            for (JsonNode r : page.get("rows")) {
                Map<String, String> row = new LinkedHashMap<>();
                items.forEach(i -> row.put(i, r.get(i).isNull() ? null : r.get(i).asString()));
                rows.add(row);
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        return rows;
    }

    private Api.Response export(String query, String token) {
        return api().get("/api/v1/data/" + POPULATION + "/export?" + query, token);
    }

    /** The rows of an export in any format, values as text (CSV cannot tell an empty text from null: both are null here). */
    private List<Map<String, String>> rowsOf(Api.Response r, String format) throws Exception {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Map<String, String>> rows = new ArrayList<>();
        switch (format) {
            case "csv" -> {
                List<String> lines = new String(r.bytes(), StandardCharsets.UTF_8).lines().toList();
                String[] header = lines.getFirst().split(",", -1);
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split(",", -1);
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < header.length; i++) {
                        row.put(header[i], cells[i].isEmpty() ? null : cells[i]);
                    }
                    rows.add(row);
                }
            }
            case "ndjson" -> new String(r.bytes(), StandardCharsets.UTF_8).lines().forEach(line -> {
                JsonNode n = JSON.readTree(line);
                Map<String, String> row = new LinkedHashMap<>();
                n.properties().forEach(e -> row.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asString()));
                rows.add(row);
            });
            case "parquet" -> {
                Path file = Files.createTempFile("export-it", ".parquet");
                Files.write(file, r.bytes());
                try (DuckDbDataStore duck = DuckDbDataStore.inMemory(); var c = duck.connection();
                        var rs = c.createStatement().executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
                    var meta = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.put(meta.getColumnName(i), rs.getString(i));
                        }
                        rows.add(row);
                    }
                } finally {
                    Files.delete(file);
                }
            }
            case "xlsx" -> {
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
                    for (Sheet sheet : wb) {
                        Row header = sheet.getRow(0);
                        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                            Map<String, String> row = new LinkedHashMap<>();
                            for (int c = 0; c < header.getLastCellNum(); c++) {
                                Cell cell = sheet.getRow(i).getCell(c);
                                row.put(header.getCell(c).getStringCellValue(), cell == null || cell.toString().isEmpty() ? null : cell.getStringCellValue());
                            }
                            rows.add(row);
                        }
                    }
                }
            }
            default -> throw new IllegalArgumentException(format);
        }
        return rows;
    }

    @Test
    void everyFormat_givesTheRowsAndMasksOfTheQueryApi_withinTheRowScope_andIsAudited() throws Exception {
        List<String> ids = pushRegion("410422", 6);
        pushRegion("410423", 2);
        TestDepartment d = TestDepartment.create(api(), token("admin"), PASSWORD);
        String consumer = token(d.consumerUser());
        long grant = grant(consumer, List.of("sfzhm", "xm", "csrq", "xzqh"), "410422", Map.of("sfzhm", "HASH(SM3)"), List.of("QUERY", "EXPORT"));

        List<Map<String, String>> expected = queried("xzqh=prefix:41", consumer);
        assertThat(expected).hasSize(6);
        assertThat(expected).allSatisfy(r -> assertThat(r.get("sfzhm")).matches("[0-9a-f]{64}"));
        for (String format : List.of("csv", "ndjson", "parquet", "xlsx")) {
            Api.Response r = export("format=" + format, consumer);
            assertThat(rowsOf(r, format)).as(format).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(r.contentType()).as(format).doesNotContain("problem");
        }
        Api.Response csv = export("format=csv", consumer);
        String head = new String(csv.bytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertThat(head).isEqualTo("sfzhm,xm,csrq,xzqh");

        String some = "sfzhm=in:" + ids.get(0) + "," + ids.get(1) + "&fields=xm,csrq";
        assertThat(rowsOf(export(some + "&format=ndjson", consumer), "ndjson")).containsExactlyInAnyOrderElementsOf(queried(some, consumer)).hasSize(2);

        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/data/" + POPULATION
                + "/export?format=csv")).header("Authorization", "Bearer " + consumer).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("X-Row-Count")).hasValue("6");
        assertThat(response.headers().firstValue("X-Masked-Items")).hasValue("sfzhm,xm,csrq");
        assertThat(response.headers().firstValue("X-Grant-Ids")).hasValue(String.valueOf(grant));
        assertThat(response.headers().firstValue("X-Data-Version").map(Long::parseLong)).hasValueSatisfying(v -> assertThat(v).isPositive());

        JsonNode entries = api().get("/api/v1/audit/entries?limit=10000", token("auditor")).json();
        assertThat(entries.valueStream().map(e -> e.get("detail").isNull() ? "" : e.get("detail").asString()))
                .anyMatch(x -> x.contains("format=parquet") && x.contains("rows=6") && x.contains("OK"));
    }

    @Test
    void severalGrants_eachKeepsItsOwnRowsAndMasks_asInTheQueryPath() throws Exception {
        pushRegion("410425", 3);
        pushRegion("410421", 2);
        TestDepartment d = TestDepartment.create(api(), token("admin"), PASSWORD);
        String consumer = token(d.consumerUser());
        grant(consumer, List.of("sfzhm", "xm", "xzqh"), "410425", Map.of("sfzhm", "HASH(SM3)"), List.of("QUERY", "EXPORT"));
        grant(consumer, List.of("sfzhm", "xb", "xzqh"), null, null, List.of("QUERY", "EXPORT"));

        String query = "xzqh=in:410425,410421";
        List<Map<String, String>> expected = queried(query, consumer);
        assertThat(expected).hasSize(5);
        assertThat(expected).anySatisfy(r -> assertThat(r.get("xm")).isNull()).anySatisfy(r -> assertThat(r.get("sfzhm")).matches("[0-9a-f]{64}"));
        for (String format : List.of("csv", "parquet")) {
            assertThat(rowsOf(export(query + "&format=" + format, consumer), format)).as(format).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(rowsOf(export("xm=" + enc("上官0") + "&format=csv", consumer), "csv")).as("only rows of the grant holding the name")
                .containsExactlyInAnyOrderElementsOf(queried("xm=" + enc("上官0"), consumer));
    }

    @Test
    void everyWayAroundTheGrant_isRefused_asProblemJson_andAudited() {
        pushRegion("410402", 1);
        TestDepartment d = TestDepartment.create(api(), token("admin"), PASSWORD);
        String consumer = token(d.consumerUser());
        assertThat(export("format=csv", consumer).status()).as("no grant at all").isEqualTo(403);
        grant(consumer, List.of("sfzhm", "xm", "xzqh"), "410402", null, List.of("QUERY"));
        Api.Response queryOnly = export("format=csv", consumer);
        assertThat(queryOnly.status()).as("a query grant is no export grant").isEqualTo(403);
        assertThat(queryOnly.contentType()).contains("problem+json");

        grant(consumer, List.of("sfzhm", "xm", "xzqh"), "410402", null, List.of("EXPORT"));
        assertThat(export("format=csv", consumer).status()).isEqualTo(200);
        for (String bad : List.of("format=xml", "format=", "", "format=csv&fields=sfzhm,csrq", "format=csv&csrq=1991-01-11",
                "format=csv&sort=xb", "format=csv&nosuch=1", "format=csv&sort=sfzhm", "format=csv&sfzhm=prefix:4104",
                "format=csv&limit=10", "format=csv&cursor=abc", "format=csv&xm=" + enc("' OR 1=1 --") + "&sort=" + enc("xm; DROP TABLE x"))) {
            Api.Response r = export(bad, consumer);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.contentType()).as(bad).contains("problem+json");
        }
        assertThat(export("format=csv&xm=" + enc("' OR '1'='1"), consumer).body().lines().count()).as("values are bound: only the header").isEqualTo(1);
        JsonNode entries = api().get("/api/v1/audit/entries?limit=10000", token("auditor")).json();
        List<String> details = entries.valueStream().map(e -> e.get("detail").isNull() ? "" : e.get("detail").asString()).toList();
        assertThat(details).anyMatch(x -> x.contains("REFUSED: invalid input") && x.contains("format=xml"));
        assertThat(details).anyMatch(x -> x.contains("REFUSED: no active grant") && x.contains("format=csv"));
    }
}
