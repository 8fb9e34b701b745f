package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.support.Api;
import io.yudex.support.ResourceFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * An open resource of the market regulator without personal data — air-quality readings (seed 23): a reading id, one of
 * five stations, an AQI and a date — released as is, so every non-key column can be charted. Shares the tag 开放测试
 * with {@link OpenDataFixture}. Created once per run.
 */
final class ChartFixture {

    static final int ROWS = 200;
    static final String[] STATIONS = {"监测点A", "监测点B", "监测点C", "监测点D", "监测点E"};

    private static String code;
    private static long release;
    private static List<Map<String, Object>> rows;

    private ChartFixture() {}

    static synchronized String code(Api api, String password) {
        if (code == null) {
            String dept = api.token("scjgj_admin", password);
            String admin = api.token("admin", password);
            Map<String, Object> r = new HashMap<>(ResourceFixtures.valid());
            r.put("name", "开放测试空气质量监测" + System.nanoTime() % 100000);
            r.put("summary", "开放数据集成测试用的空气质量监测读数，不含个人信息。");
            r.put("openType", "UNCONDITIONAL");
            r.put("tags", List.of("开放测试", "空气质量"));
            r.put("items", List.of(item("jcbh", "监测编号", "CHARACTER", 12, true), item("zd", "监测站点", "CHARACTER", 20, false),
                    item("aqi", "空气质量指数", "NUMERIC", null, false), item("rq", "监测日期", "DATE", null, false)));
            Api.Response created = api.post("/api/v1/catalog/resources", dept, r);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String c = created.json().get("code").asString();
            assertThat(api.post("/api/v1/catalog/resources/" + c + "/submit", dept, Map.of()).status()).isEqualTo(200);
            Api.Response published = api.post("/api/v1/catalog/resources/" + c + "/publish", admin, Map.of());
            assertThat(published.status()).as(published.body()).isEqualTo(200);
            rows = generate();
            push(api, dept, c);
            Api.Response released = api.post("/api/v1/opendata/releases", dept,
                    Map.of("resourceCode", c, "quasiIdentifiers", List.of(), "treatments", Map.of(), "note", "图表测试"));
            assertThat(released.status()).as(released.body()).isEqualTo(201);
            release = released.json().get("id").asLong();
            code = c;
        }
        return code;
    }

    static long release() {
        return release;
    }

    static List<Map<String, Object>> rows() {
        return rows;
    }

    private static List<Map<String, Object>> generate() {
        Random random = new Random(23);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            out.add(Map.of("jcbh", String.format("R%06d", i), "zd", STATIONS[random.nextInt(STATIONS.length)], "aqi", 20 + random.nextInt(180),
                    "rq", String.format("%d-%02d-%02d", 2023 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28))));
        }
        return out;
    }

    private static void push(Api api, String token, String code) {
        Api.Response pushed = api.post("/api/v1/catalog/resources/" + code + "/rows", token, rows);
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
        long id = pushed.json().get("id").asLong();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode b = api.get("/api/v1/batches/" + id, token).json();
        while (Instant.now().isBefore(deadline) && b.get("status").asString().equals("RUNNING")) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            b = api.get("/api/v1/batches/" + id, token).json();
        }
        assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("SUCCEEDED");
    }

    private static Map<String, Object> item(String name, String label, String type, Integer length, boolean key) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("label", label);
        m.put("dataType", type);
        m.put("length", length);
        m.put("required", key);
        m.put("key", key);
        m.put("sensitivity", "NONE");
        return m;
    }
}
