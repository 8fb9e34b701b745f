package io.yudex.ingest.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.yudex.support.Api;
import io.yudex.support.IntegrationTest;
import io.yudex.support.ResourceFixtures;
import io.yudex.support.SourceDatabase;
import io.yudex.support.TestDatabaseInitializer;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Pulls from a real PostgreSQL server (the one the PostgreSQL run uses, in a schema of its own) into a resource of
 * 公安厅, whichever database holds the control plane.
 */
class JdbcPullIT extends IntegrationTest {

    private static SourceDatabase source;

    @Autowired
    JdbcClient controlPlane;

    @Autowired
    PullSchedule schedule;

    private String dept;
    private String code;

    @BeforeAll
    static void createSourceDatabase() throws SQLException {
        assumeTrue(TestDatabaseInitializer.postgresReachable(), "PostgreSQL not reachable (set YUDEX_TEST_PG_URL)");
        source = SourceDatabase.create();
    }

    @AfterAll
    static void dropSourceDatabase() throws SQLException {
        if (source != null) {
            source.drop();
        }
    }

    @BeforeEach
    void publishResource() {
        dept = token("gat_admin");
        Map<String, Object> body = new HashMap<>(ResourceFixtures.valid());
        body.put("items", List.of(item("bh", "编号", "CHARACTER", true), item("mc", "名称", "CHARACTER", false),
                item("clrq", "成立日期", "DATE", false), item("gxsj", "更新时间", "DATETIME", false)));
        Api.Response created = api().post("/api/v1/catalog/resources", dept, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        code = created.json().get("code").asString();
        api().post("/api/v1/catalog/resources/" + code + "/submit", dept, null);
        assertThat(api().post("/api/v1/catalog/resources/" + code + "/publish", token("admin"), null).status()).isEqualTo(200);
    }

    @Nested
    class Connections {

        @Test
        void password_isSealedWithSm4_andNeverReturned() {
            JsonNode c = connection("公安厅人口库");
            assertThat(c.has("password")).isFalse();
            assertThat(c.get("hasPassword").asBoolean()).isTrue();
            String stored = controlPlane.sql("SELECT sealed_password FROM ingest_connection WHERE id = ?").param(c.get("id").asLong())
                    .query(String.class).single();
            assertThat(stored).startsWith("SM4-GCM:").doesNotContain(source.password());
            assertThat(api().get("/api/v1/connections/" + c.get("id").asLong(), dept).body()).doesNotContain(source.password());

            JsonNode test = api().post("/api/v1/connections/" + c.get("id").asLong() + "/test", dept, null).json();
            assertThat(test.get("ok").asBoolean()).as(test.toString()).isTrue();
            assertThat(test.get("product").asString()).startsWith("PostgreSQL");
        }

        @Test
        void wrongPassword_failsTheTestWithTheServersReason_notA500() {
            JsonNode c = connection("错误口令");
            api().put("/api/v1/connections/" + c.get("id").asLong(), dept, Map.of("name", "错误口令", "url", source.url(),
                    "username", source.user(), "password", "wrong"));
            Api.Response test = api().post("/api/v1/connections/" + c.get("id").asLong() + "/test", dept, null);
            assertThat(test.status()).isEqualTo(200);
            assertThat(test.json().get("ok").asBoolean()).isFalse();
            assertThat(test.json().get("message").asString()).contains("password authentication failed");
        }

        @Test
        void dangerousOrForeignUrls_areRefusedWithTheReason() {
            Map<String, String> refused = Map.of(
                    source.url() + "&socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext", "socketFactory",
                    "jdbc:mysql://db:3306/x?autoDeserialize=true", "autoDeserialize",
                    "jdbc:postgresql://db/x?password=secret", "password field",
                    "jdbc:mysql://root:secret@db:3306/x", "password field",
                    "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'", "must start with",
                    "jdbc:sqlserver://db;databaseName=x", "must start with");
            refused.forEach((url, reason) -> {
                Api.Response r = api().post("/api/v1/connections", dept, Map.of("name", "x" + url.hashCode(), "url", url));
                assertThat(r.status()).as(url).isEqualTo(400);
                assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("url");
                assertThat(r.json().get("errors").get(0).get("message").asString()).as(url).contains(reason);
            });
        }

        @Test
        void otherDepartments_neitherSeeNorUseAConnection() {
            long id = connection("仅公安厅").get("id").asLong();
            String other = token("rst_admin");
            assertThat(api().get("/api/v1/connections/" + id, other).status()).isEqualTo(404);
            assertThat(api().get("/api/v1/connections", other).body()).doesNotContain("仅公安厅");
            assertThat(api().post("/api/v1/connections/" + id + "/test", other, null).status()).isEqualTo(404);
            assertThat(api().delete("/api/v1/connections/" + id, token("gat_user")).status()).isEqualTo(403);
            assertThat(api().get("/api/v1/connections/" + id, token("auditor")).status()).isEqualTo(200);
        }
    }

    @Nested
    class Pulls {

        @Test
        void fullPull_ofATable_loadsEveryRow_andConvertsTypes() throws SQLException {
            String table = source.table("""
                    (bh VARCHAR(20), mc VARCHAR(50), clrq DATE, gxsj TIMESTAMP, extra INT)""",
                    "('A1', '郑州甲公司', '2020-01-05', '2024-03-01 08:00', 1)", "('A2', '洛阳乙公司', NULL, '2024-03-01 09:00', 2)",
                    "('A3', '开封丙公司', '2019-12-31', '2024-03-02 10:30:15', 3)");
            long connection = connection("全量").get("id").asLong();
            JsonNode pull = pull(Map.of("name", "全量抽取", "connectionId", connection, "table", table));
            assertThat(pull.get("mode").asString()).isEqualTo("FULL_REPLACE");

            JsonNode batch = run(pull);
            assertThat(batch.get("status").asString()).as(batch.toString()).isEqualTo("SUCCEEDED");
            assertThat(batch.get("source").asString()).isEqualTo("JDBC");
            assertThat(batch.get("rowsRead").asLong()).isEqualTo(3);
            assertThat(batch.get("rowsLoaded").asLong()).isEqualTo(3);
            assertThat(batch.get("message").asString()).contains("extra");
            JsonNode rows = data();
            assertThat(rows).hasSize(3);
            assertThat(rows.valueStream().filter(r -> r.get("bh").asString().equals("A3")).findFirst().orElseThrow().get("clrq").asString())
                    .isEqualTo("2019-12-31");
        }

        @Test
        void incrementalByUpdateTime_readsOnlyChangedRows_andUpserts() throws SQLException {
            String table = source.table("(bh VARCHAR(20), mc VARCHAR(50), gxsj TIMESTAMP)",
                    "('B1', '甲', '2024-03-01 08:00')", "('B2', '乙', '2024-03-01 09:00')");
            long connection = connection("增量时间").get("id").asLong();
            JsonNode pull = pull(Map.of("name", "按更新时间增量", "connectionId", connection, "table", table, "incremental", "TIMESTAMP",
                    "incrementalColumn", "gxsj"));
            assertThat(pull.get("mode").asString()).isEqualTo("UPSERT");
            assertThat(run(pull).get("rowsRead").asLong()).isEqualTo(2);
            assertThat(pull(pull).get("watermark").asString()).isEqualTo("timestamp:2024-03-01T09:00");

            source.execute("UPDATE " + table + " SET mc = '甲（更名）', gxsj = '2024-03-05 10:00' WHERE bh = 'B1'",
                    "INSERT INTO " + table + " VALUES ('B3', '丙', '2024-03-04 00:00')");
            JsonNode second = run(pull);
            // B1 and B3 changed; B2 is read again because it holds the last watermark, and the upsert makes that harmless
            assertThat(second.get("rowsRead").asLong()).isEqualTo(3);
            assertThat(pull(pull).get("watermark").asString()).isEqualTo("timestamp:2024-03-05T10:00");
            JsonNode rows = data();
            assertThat(rows).hasSize(3);
            assertThat(rows.toString()).contains("甲（更名）").doesNotContain("\"甲\"");
        }

        @Test
        void incrementalByKey_appendsOnlyNewRows_andAFailedRunKeepsTheWatermark() throws SQLException {
            String table = source.table("(id BIGINT, bh VARCHAR(20), mc VARCHAR(50))", "(1, 'C1', '一')", "(2, 'C2', '二')");
            long connection = connection("增量键").get("id").asLong();
            JsonNode pull = pull(Map.of("name", "按键增量", "connectionId", connection, "query",
                    "SELECT id, bh AS code, mc FROM " + table + ";", "incremental", "KEY", "incrementalColumn", "id", "mode", "APPEND",
                    "mapping", Map.of("code", "编号")));
            assertThat(run(pull).get("rowsLoaded").asLong()).isEqualTo(2);
            source.execute("INSERT INTO " + table + " VALUES (3, 'C3', '三')");
            assertThat(run(pull).get("rowsLoaded").asLong()).isEqualTo(1);
            assertThat(pull(pull).get("watermark").asString()).isEqualTo("number:3");

            source.execute("REVOKE SELECT ON " + table + " FROM " + source.user(), "INSERT INTO " + table + " VALUES (4, 'C4', '四')");
            JsonNode refused = run(pull);
            assertThat(refused.get("status").asString()).isEqualTo("FAILED");
            assertThat(refused.get("message").asString()).contains("permission denied");
            assertThat(pull(pull).get("watermark").asString()).isEqualTo("number:3");
            assertThat(pull(pull).get("lastStatus").asString()).isEqualTo("FAILED");

            source.execute("GRANT SELECT ON " + table + " TO " + source.user());
            assertThat(run(pull).get("rowsLoaded").asLong()).isEqualTo(1);
            assertThat(data()).hasSize(4);
        }

        @Test
        void sourceGoingAwayMidPull_failsTheBatchCleanly_andChangesNothing() throws Exception {
            String table = source.table("(bh VARCHAR(20), mc VARCHAR(50))", "('D0', '原有')");
            long connection = connection("中断").get("id").asLong();
            assertThat(run(pull(Map.of("name", "首次", "connectionId", connection, "table", table))).get("rowsLoaded").asLong()).isEqualTo(1);
            // a slow source: each row waits a little, so the pull is surely running when the server drops it
            JsonNode slow = pull(Map.of("name", "慢速", "connectionId", connection, "query",
                    "SELECT 'S' || g AS bh, '慢' AS mc FROM generate_series(1, 200000) g, LATERAL (SELECT pg_sleep(0.0002) WHERE g > 0) s"));
            long id = api().post("/api/v1/pulls/" + slow.get("id").asLong() + "/run", dept, null).json().get("id").asLong();
            awaitBatch(id, b -> b.get("rowsRead").asLong() > 0 || !b.get("status").asString().equals("RUNNING"));
            int killed = source.count("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = '" + source.user()
                    + "' AND application_name = 'yudex-pull'");
            assertThat(killed).isPositive();

            JsonNode failed = awaitBatch(id, b -> !b.get("status").asString().equals("RUNNING"));
            assertThat(failed.get("status").asString()).isEqualTo("FAILED");
            assertThat(failed.get("message").asString()).contains("the source cannot be read");
            assertThat(data()).hasSize(1);
            assertThat(data().get(0).get("mc").asString()).isEqualTo("原有");
        }

        @Test
        void schedule_runsADuePullAsTheScheduler_andMovesToTheNextTime() throws SQLException {
            String table = source.table("(bh VARCHAR(20), mc VARCHAR(50))", "('E1', '定时')");
            long connection = connection("定时").get("id").asLong();
            JsonNode pull = pull(Map.of("name", "每日两点", "connectionId", connection, "table", table, "cron", "0 2 * * *"));
            Instant next = Instant.parse(pull.get("nextRunAt").asString());
            assertThat(next).isAfter(clock.instant());

            clock.advance(Duration.between(clock.instant(), next).plusSeconds(1));
            schedule.runDue();
            dept = token("gat_admin"); // the old token expired with the time that passed
            JsonNode after = pull(pull);
            assertThat(after.has("nextRunAt")).as(after.toString()).isTrue();
            assertThat(Instant.parse(after.get("nextRunAt").asString())).isEqualTo(next.plus(Duration.ofDays(1)));
            JsonNode batch = awaitBatch(after.get("lastBatchId").asLong(), b -> !b.get("status").asString().equals("RUNNING"));
            assertThat(batch.get("createdBy").asString()).isEqualTo("scheduler");
            assertThat(batch.get("rowsLoaded").asLong()).isEqualTo(1);
        }

        @Test
        void badDefinitions_are400sNamingEachField() throws SQLException {
            long connection = connection("校验").get("id").asLong();
            Api.Response r = api().post("/api/v1/pulls", dept, Map.of("resourceCode", code, "name", "坏", "connectionId", connection,
                    "table", "x; DROP TABLE y", "cron", "every day", "incremental", "TIMESTAMP", "incrementalColumn", "gxsj", "mode", "APPEND"));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                    .contains("table", "cron", "mode");
            Api.Response write = api().post("/api/v1/pulls", dept, Map.of("resourceCode", code, "name", "写", "connectionId", connection,
                    "query", "DELETE FROM t"));
            assertThat(write.status()).isEqualTo(400);
            assertThat(write.body()).contains("SELECT");
            Api.Response foreign = api().post("/api/v1/pulls", token("rst_admin"), Map.of("resourceCode", code, "name", "他人",
                    "connectionId", connection, "table", "t"));
            assertThat(foreign.status()).isIn(403, 404);
        }
    }

    private JsonNode connection(String name) {
        Api.Response r = api().post("/api/v1/connections", dept, Map.of("name", name + UUID.randomUUID().toString().substring(0, 6),
                "url", source.url(), "username", source.user(), "password", source.password()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private JsonNode pull(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("resourceCode", code);
        Api.Response r = api().post("/api/v1/pulls", dept, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private JsonNode pull(JsonNode pull) {
        return api().get("/api/v1/pulls/" + pull.get("id").asLong(), dept).json();
    }

    private JsonNode run(JsonNode pull) {
        Api.Response r = api().post("/api/v1/pulls/" + pull.get("id").asLong() + "/run", dept, null);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return awaitBatch(r.json().get("id").asLong(), b -> !b.get("status").asString().equals("RUNNING"));
    }

    private JsonNode awaitBatch(long id, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode b = api().get("/api/v1/batches/" + id, dept).json();
            if (done.test(b)) {
                return b;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("batch " + id + " did not get there in time");
    }

    private JsonNode data() {
        return api().get("/api/v1/catalog/resources/" + code + "/data?limit=1000", dept).json();
    }

    private static Map<String, Object> item(String name, String label, String type, boolean key) {
        Map<String, Object> item = new HashMap<>();
        item.put("name", name);
        item.put("label", label);
        item.put("dataType", type);
        item.put("length", type.equals("CHARACTER") ? 50 : null);
        item.put("required", key);
        item.put("key", key);
        item.put("sensitivity", "NONE");
        return item;
    }
}
