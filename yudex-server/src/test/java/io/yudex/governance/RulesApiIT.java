package io.yudex.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Rules on the demo's 全省户籍人口基本信息 (101001/000001, provider 公安厅): sfzhm key, xm, xb, csrq, mz, hjdz, xzqh. */
class RulesApiIT extends IntegrationTest {

    static final String RESOURCE = "101001/000001";
    static final String RULES = "/api/v1/catalog/resources/" + RESOURCE + "/rules";

    /** {@code n} people with valid ID numbers; every tenth has a sex that disagrees with the ID, every 25th no ethnic group. */
    static String people(int n, String marker) {
        StringBuilder sb = new StringBuilder("sfzhm,xm,xb,csrq,mz,hjdz,xzqh\n");
        for (int i = 0; i < n; i++) {
            LocalDate born = LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28);
            String seq = String.format("%03d", i % 1000);
            String sex = (i % 1000) % 2 == 1 ? "1" : "2";
            if (i % 10 == 0) {
                sex = sex.equals("1") ? "2" : "1";
            }
            String ethnicGroup = i % 25 == 0 ? "" : "01";
            sb.append(CitizenIdNumber.withCheckDigit("410105" + born.toString().replace("-", "") + seq)).append(',').append(marker).append(i)
                    .append(',').append(sex).append(',').append(born).append(',').append(ethnicGroup).append(",河南省郑州市金水区农业路").append(i)
                    .append("号,410105\n");
        }
        return sb.toString();
    }


    long loadPeople(String token, int n, String marker) {
        Api.Response r = api().multipart("/api/v1/catalog/resources/" + RESOURCE + "/batches?mode=FULL_REPLACE&force=true", token, "file",
                "people.csv", people(n, marker).getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        long id = r.json().get("id").asLong();
        JsonNode b = await("/api/v1/batches/" + id, token, x -> !x.get("status").asString().equals("RUNNING"));
        assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("SUCCEEDED");
        return id;
    }

    @Nested
    class RuleSets {

        @Test
        void put_badRules_isA400NamingEveryField_andSavesNothing() {
            String token = token("gat_admin");
            int before = api().get(RULES, token).json().get("version").asInt();
            List<Object> bad = new ArrayList<>();
            bad.add(Map.of("check", "length", "column", "no_such_item", "max", 5));
            bad.add(Map.of("check", "regex", "column", "xm", "pattern", "(?=张)张.*"));
            bad.add(Map.of("check", "code-table", "column", "xb", "table", "GB 0000"));
            bad.add(Map.of("check", "enum", "column", "mz", "values", java.util.stream.IntStream.range(0, 1001).mapToObj(String::valueOf).toList()));
            bad.add(Map.of("check", "required", "column", "xm"));
            Api.Response r = api().put(RULES, token, Map.of("rules", bad));
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.contentType()).contains("application/problem+json");
            List<String> fields = r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
            assertThat(fields).containsExactly("rules[0].column", "rules[1].pattern", "rules[2].table", "rules[3].values");
            assertThat(api().get(RULES, token).json().get("version").asInt()).isEqualTo(before);
        }

        @Test
        void malformedShapes_are400s_neverA500_andSaveNothing() {
            String token = token("gat_admin");
            int before = api().get(RULES, token).json().get("version").asInt();
            List<Object> bad = new ArrayList<>();
            bad.add(Map.of("check", "code-table", "column", "xb", "table", List.of("GB/T 2261.1")));
            bad.add(Map.of("check", "enum", "column", "mz", "values", "01,02"));
            bad.add(Map.of("check", "regex", "column", "xm"));
            bad.add(Map.of("check", "length", "column", "xm", "max", "many"));
            bad.add(Map.of("check", "soundex", "column", "xm"));
            bad.add(Map.of("check", "required", "column", "xm", "severity", "fatal"));
            bad.add("required xm");
            bad.add(Map.of("check", "regex", "column", "xm", "pattern", "[张"));
            Api.Response r = api().put(RULES, token, Map.of("rules", bad));
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString().replaceFirst("\\..*", "")).distinct().toList())
                    .containsExactly("rules[0]", "rules[1]", "rules[2]", "rules[3]", "rules[4]", "rules[5]", "rules[6]", "rules[7]");
            assertThat(api().put(RULES, token, Map.of("rules", "required")).status()).isEqualTo(400);
            assertThat(api().put(RULES, token, Map.of("comment", "no rules")).status()).isEqualTo(400);
            assertThat(api().get(RULES, token).json().get("version").asInt()).isEqualTo(before);
        }

        @Test
        void suggestions_saved_becomeANewVersion_withHistory_andOnlyTheProviderWrites() {
            String token = token("gat_admin");
            JsonNode suggestions = api().get(RULES + "/suggestions", token).json();
            assertThat(suggestions.valueStream().map(s -> s.get("rule").toString()))
                    .anySatisfy(s -> assertThat(s).contains("\"identifier\"").contains("citizen-id").contains("sfzhm"))
                    .anySatisfy(s -> assertThat(s).contains("id-consistency"));
            List<Object> rules = suggestions.valueStream().map(s -> (Object) s.get("rule")).toList();
            Api.Response saved = api().put(RULES, token, Map.of("rules", rules, "comment", "from suggestions"));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            int version = saved.json().get("version").asInt();
            assertThat(api().get(RULES, token("auditor")).json().get("version").asInt()).isEqualTo(version);
            assertThat(api().get(RULES + "/history", token).json().get(0).get("version").asInt()).isEqualTo(version);
            assertThat(api().put(RULES, token("rst_admin"), Map.of("rules", rules)).status()).isEqualTo(403);
            assertThat(api().get(RULES, token("rst_admin")).status()).isEqualTo(403);
            assertThat(api().put(RULES, token("auditor"), Map.of("rules", rules)).status()).isEqualTo(403);
        }
    }

    @Nested
    class Runs {

        @Test
        void aCommittedBatch_isChecked_setBased_withEveryReason_andAManualRunAgrees() {
            String token = token("gat_admin");
            List<Object> rules = List.of(
                    Map.of("check", "identifier", "type", "citizen-id", "column", "sfzhm"),
                    Map.of("check", "required", "column", "mz", "severity", "warning"),
                    Map.of("check", "id-consistency", "id", "sfzhm", "birthDate", "csrq", "sex", "xb"),
                    Map.of("check", "unique", "columns", List.of("sfzhm")));
            // loaded before the error rules exist, so nothing is quarantined and the run finds the failing rows
            assertThat(api().put(RULES, token, Map.of("rules", List.of())).status()).isEqualTo(200);
            long batch = loadPeople(token, 200, "治理");
            await(RULES + "/runs", token, runs -> runs.valueStream()
                    .anyMatch(r -> r.get("asOfBatch").asLong() == batch && !r.get("status").asString().equals("RUNNING")));
            assertThat(api().put(RULES, token, Map.of("rules", rules)).status()).isEqualTo(200);
            Api.Response started = api().post(RULES + "/run", token, null);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            JsonNode run = await("/api/v1/governance/runs/" + started.json().get("id").asLong(), token,
                    r -> !r.get("status").asString().equals("RUNNING"));
            assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
            assertThat(run.get("asOfBatch").asLong()).isEqualTo(batch);
            assertThat(run.get("rowsChecked").asLong()).isEqualTo(200);
            assertThat(run.get("rowsFailed").asLong()).isEqualTo(20);   // every tenth: sex disagrees with the ID
            assertThat(run.get("rowsFlagged").asLong()).isEqualTo(4);   // every 25th has no ethnic group; half of those already failed
            assertThat(run.get("quality").get("consistency").asDouble()).isEqualTo(0.9);
            assertThat(run.get("quality").get("uniqueness").asDouble()).isEqualTo(1.0);
            assertThat(run.get("quality").get("score").asDouble()).isBetween(80.0, 100.0);

            JsonNode detail = api().get("/api/v1/governance/runs/" + run.get("id").asLong(), token).json();
            assertThat(detail.get("rules").valueStream().map(r -> r.get("engine").asString()).toList()).containsExactly("SQL", "SQL", "SQL", "SQL");
            assertThat(detail.get("rules").get(2).get("rowsFailed").asLong()).isEqualTo(20);

            Api.Response csv = api().get("/api/v1/governance/runs/" + run.get("id").asLong() + "/findings?format=csv", token);
            assertThat(csv.status()).isEqualTo(200);
            String body = csv.body();
            assertThat(body).contains("row_key,batch,row,rule,column,code,severity,message").contains("ID_SEX").contains("REQUIRED");
            assertThat(body.lines().filter(l -> l.contains("ID_SEX")).count()).isEqualTo(20);
            Api.Response xlsx = api().get("/api/v1/governance/runs/" + run.get("id").asLong() + "/findings?format=xlsx", token("auditor"));
            assertThat(xlsx.contentType()).contains("spreadsheetml");
            assertThat(api().get("/api/v1/governance/runs/" + run.get("id").asLong() + "/findings?format=pdf", token).status()).isEqualTo(400);

            Api.Response manual = api().post(RULES + "/run", token, null);
            assertThat(manual.status()).as(manual.body()).isEqualTo(202);
            JsonNode again = await("/api/v1/governance/runs/" + manual.json().get("id").asLong(), token,
                    r -> !r.get("status").asString().equals("RUNNING"));
            assertThat(again.get("trigger").asString()).isEqualTo("MANUAL");
            assertThat(again.get("rowsFailed").asLong()).isEqualTo(20);
            assertThat(again.get("id").asLong()).isNotEqualTo(run.get("id").asLong());
            assertThat(api().put(RULES, token, Map.of("rules", List.of())).status()).isEqualTo(200); // loads elsewhere must not be screened

            JsonNode trend = api().get("/api/v1/governance/quality?resource=" + RESOURCE, token).json();
            assertThat(trend.size()).isGreaterThanOrEqualTo(2);
            JsonNode departments = api().get("/api/v1/governance/quality/departments", token("admin")).json();
            assertThat(departments.valueStream().map(d -> d.get("departmentName").asString())).anySatisfy(n -> assertThat(n).contains("公安"));
            assertThat(api().get("/api/v1/governance/quality/departments", token("rst_admin")).json().valueStream()
                    .noneMatch(d -> d.get("departmentName").asString().contains("公安"))).isTrue();
            assertThat(api().get("/api/v1/governance/runs/" + run.get("id").asLong(), token("rst_admin")).status()).isEqualTo(403);
        }

        @Test
        void aRunOfAResourceWithoutData_isAConflict() {
            Api.Response r = api().post("/api/v1/catalog/resources/101002/000001/rules/run", token("gat_admin"), null);
            assertThat(r.status()).as(r.body()).isEqualTo(409);
        }
    }
    @Nested
    class Quarantine {

        /** Error rules quarantine at ingest: leave none behind for the other tests loading this resource. */
        @org.junit.jupiter.api.AfterEach
        void dropRules() {
            assertThat(api().put(RULES, token("gat_admin"), Map.of("rules", List.of())).status()).isEqualTo(200);
        }

        /** {@link #people} with the check digit of every row in {@code bad} broken. */
        String withBadIds(int n, String marker, java.util.Set<Integer> bad) {
            List<String> lines = new ArrayList<>(people(n, marker).lines().toList());
            for (int i : bad) {
                String line = lines.get(i + 1);
                char check = line.charAt(17);
                lines.set(i + 1, line.substring(0, 17) + (check == '0' ? '1' : '0') + line.substring(18));
            }
            return String.join("\n", lines) + "\n";
        }

        long upload(String token, String csv) {
            Api.Response r = api().multipart("/api/v1/catalog/resources/" + RESOURCE + "/batches?mode=FULL_REPLACE&force=true", token, "file",
                    "people.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            return r.json().get("id").asLong();
        }

        @Test
        void errorRuleFailures_areQuarantinedBeforeTheCommit_withEveryReason_whileWarningsOnlyFlag() {
            String token = token("gat_admin");
            List<Object> rules = List.of(
                    Map.of("check", "identifier", "type", "citizen-id", "column", "sfzhm", "severity", "error"),
                    Map.of("check", "regex", "column", "sfzhm", "pattern", "4101[0-9]{13}[0-9X]", "severity", "error"),
                    Map.of("check", "id-consistency", "id", "sfzhm", "birthDate", "csrq", "sex", "xb", "severity", "warning"));
            assertThat(api().put(RULES, token, Map.of("rules", rules)).status()).isEqualTo(200);
            String csv = withBadIds(100, "隔离", java.util.Set.of(3, 41, 77));
            long batch = upload(token, csv);
            JsonNode b = await("/api/v1/batches/" + batch, token, x -> !x.get("status").asString().equals("RUNNING"));
            assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("SUCCEEDED");
            assertThat(b.get("rowsRead").asLong()).isEqualTo(100);
            assertThat(b.get("rowsRejected").asLong()).isEqualTo(3);
            assertThat(b.get("rowsLoaded").asLong()).isEqualTo(97);
            assertThat(b.get("rowsInserted").asLong()).isEqualTo(97);

            String rejects = api().get("/api/v1/batches/" + batch + "/rejects", token).body();
            List<String> lines = rejects.lines().skip(1).toList();
            assertThat(lines).allMatch(l -> l.contains(",sfzhm,")).allMatch(l -> l.contains("rule 1 ("));
            assertThat(lines.stream().map(l -> l.replaceFirst("^\uFEFF", "").split(",")[0]).distinct()).containsExactly("5", "43", "79");
            assertThat(api().get("/api/v1/catalog/resources/" + RESOURCE + "/data?limit=1000", token).json().valueStream()
                    .map(r -> r.get("xm").asString())).hasSize(97).doesNotContain("隔离3", "隔离41", "隔离77").contains("隔离4");

            JsonNode run = await(RULES + "/runs", token, runs -> runs.valueStream()
                    .anyMatch(r -> r.get("asOfBatch").asLong() == batch && !r.get("status").asString().equals("RUNNING"))).valueStream()
                    .filter(r -> r.get("asOfBatch").asLong() == batch).findFirst().orElseThrow();
            assertThat(run.get("trigger").asString()).isEqualTo("BATCH");
            assertThat(run.get("rowsChecked").asLong()).isEqualTo(97);
            assertThat(run.get("rowsFailed").asLong()).isZero();
            assertThat(run.get("rowsFlagged").asLong()).isEqualTo(10); // every tenth sex disagrees with its ID: a warning, loaded and flagged
        }

        @Test
        void aRowFailingSeveralErrorRules_isQuarantinedWithEveryReason() {
            String token = token("gat_admin");
            List<Object> rules = List.of(
                    Map.of("check", "identifier", "type", "citizen-id", "column", "sfzhm"),
                    Map.of("check", "length", "column", "xm", "max", 3));
            assertThat(api().put(RULES, token, Map.of("rules", rules)).status()).isEqualTo(200);
            String csv = withBadIds(50, "多", java.util.Set.of(10)).replace(",多10,", ",多多多多10,");
            long batch = upload(token, csv);
            JsonNode b = await("/api/v1/batches/" + batch, token, x -> !x.get("status").asString().equals("RUNNING"));
            assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("SUCCEEDED");
            assertThat(b.get("rowsRejected").asLong()).isEqualTo(1);
            List<String> lines = api().get("/api/v1/batches/" + batch + "/rejects", token).body().lines().skip(1).toList();
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("12,sfzhm,").contains("rule 1 ("))
                    .anySatisfy(l -> assertThat(l).startsWith("12,xm,多多多多10,").contains("rule 2 (LENGTH"));
        }

        @Test
        void quarantinedRowsCountAgainstTheRejectRatio_andThenTheBatchLoadsNothing() {
            String token = token("gat_admin");
            assertThat(api().put(RULES, token, Map.of("rules", List.of(Map.of("check", "identifier", "type", "citizen-id", "column", "sfzhm"))))
                    .status()).isEqualTo(200);
            long good = upload(token, people(30, "前"));
            await("/api/v1/batches/" + good, token, x -> x.get("status").asString().equals("SUCCEEDED"));
            long batch = upload(token, withBadIds(30, "后", java.util.Set.of(1, 2, 3, 4, 5)));
            JsonNode b = await("/api/v1/batches/" + batch, token, x -> !x.get("status").asString().equals("RUNNING"));
            assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("FAILED");
            assertThat(b.get("message").asString()).contains("5 of 30 rows were rejected");
            assertThat(api().get("/api/v1/batches/" + batch + "/rejects", token).body().lines().skip(1)).hasSize(5);
            assertThat(api().get("/api/v1/catalog/resources/" + RESOURCE + "/data?limit=1000", token).json().valueStream()
                    .map(r -> r.get("xm").asString())).hasSize(30).allMatch(n -> n.startsWith("前"));
        }
    }

    @Nested
    class Console {

        @Test
        void rulesEditor_savesTheTextarea_reportsEveryProblem_andTheQualityPagesRender() {
            var console = io.yudex.support.ConsoleSession.login(port, "gat_admin", PASSWORD);
            String code = java.net.URLEncoder.encode(RESOURCE, StandardCharsets.UTF_8);
            var editor = console.get("/catalog/rules?code=" + code + "&suggest=true");
            assertThat(editor.status()).isEqualTo(200);
            assertThat(editor.body()).contains("id=\"definitions\"").contains("citizen-id");

            var bad = console.postForm("/catalog/rules?code=" + code, Map.of("definitions", "[{\"check\":\"regex\",\"column\":\"xm\",\"pattern\":\"(\"}]"));
            assertThat(bad.status()).isEqualTo(302);
            assertThat(console.get(bad.location().replaceFirst("^https?://[^/]+", "")).body()).contains("rules[0].pattern");
            int before = api().get(RULES, token("gat_admin")).json().get("version").asInt();
            var good = console.postForm("/catalog/rules?code=" + code, Map.of("definitions", "[{\"check\":\"length\",\"column\":\"xm\",\"max\":1,\"severity\":\"warning\"}]",
                    "comment", "console"));
            assertThat(good.status()).isEqualTo(302);
            assertThat(api().get(RULES, token("gat_admin")).json().get("version").asInt()).isEqualTo(before + 1);

            var block = console.get("/catalog/data/quality?code=" + code);
            assertThat(block.status()).isEqualTo(200);
            assertThat(block.body()).contains("id=\"quality\"").contains("rules-link");
            long batch = loadPeople(token("gat_admin"), 20, "控制台");
            long run = await(RULES + "/runs", token("gat_admin"), runs -> runs.valueStream()
                    .anyMatch(r -> r.get("asOfBatch").asLong() == batch && r.get("status").asString().equals("SUCCEEDED"))).valueStream()
                    .filter(r -> r.get("asOfBatch").asLong() == batch && r.get("status").asString().equals("SUCCEEDED")).findFirst().orElseThrow()
                    .get("id").asLong();
            assertThat(api().get("/api/v1/governance/runs/" + run, token("gat_admin")).json().get("rowsFlagged").asLong()).isEqualTo(20);
            block = console.get("/catalog/data/quality?code=" + code);
            assertThat(block.body()).contains("/catalog/data/findings.csv?id=");
            var csv = console.get("/catalog/data/findings.csv?id=" + run);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.body()).contains("row_key,batch,row,rule,column,code,severity,message");
            var dashboard = console.get("/governance/quality?code=" + code);
            assertThat(dashboard.status()).isEqualTo(200);
            assertThat(dashboard.body()).contains("chart-quality-trend").contains("yudexQuality");
            assertThat(dashboard.body()).contains("id=\"quality-runs\"").contains("/catalog/data/findings.csv?id=" + run)
                    .contains("/catalog/data/rejects?id=" + batch);
            long department = api().get("/api/v1/governance/quality/departments", token("gat_admin")).json().get(0).get("departmentId").asLong();
            var ofDepartment = console.get("/governance/quality?department=" + department);
            assertThat(ofDepartment.status()).isEqualTo(200);
            assertThat(ofDepartment.body()).contains("id=\"department-resources\"").contains(RESOURCE).contains("/catalog/data/findings.csv?id=" + run);
            var other = io.yudex.support.ConsoleSession.login(port, "rst_admin", PASSWORD);
            assertThat(other.get("/governance/quality?department=" + department).status()).isEqualTo(403);
        }
    }
}
