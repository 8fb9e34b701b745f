package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.standards.identifier.OrganizationCode;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
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
 * One open resource of the market regulator with generated rows (seed 11): unique enterprises with a responsible
 * person's name (declared not sensitive — only detection finds it), a mobile declared personal, a founding date and a
 * county code (quasi-identifiers that are unique together, k-anonymous once generalised). Created once per run.
 */
final class OpenDataFixture {

    static final int ROWS = 120;
    static final String[] COUNTIES = {"410102", "410103", "410105", "410302", "410303", "410305"};
    private static final String SURNAMES = "张王李赵刘陈杨黄周吴";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋";

    record Row(String uscc, String name, String person, String mobile, String founded, String county) {}

    private static String code;
    private static List<Row> rows;

    private OpenDataFixture() {}

    static synchronized String code(Api api, String password) {
        if (code == null) {
            String dept = api.token("scjgj_admin", password);
            String admin = api.token("admin", password);
            Map<String, Object> r = new HashMap<>(ResourceFixtures.valid());
            r.put("name", "开放测试市场主体名录" + System.nanoTime() % 100000);
            r.put("summary", "开放数据集成测试用的市场主体名录，含负责人和联系手机。");
            r.put("openType", "UNCONDITIONAL");
            r.put("tags", List.of("开放测试", "市场主体"));
            r.put("items", List.of(
                    item("tyshxydm", "统一社会信用代码", "CHARACTER", 18, true, "NONE"),
                    item("mc", "名称", "CHARACTER", 100, false, "NONE"),
                    item("fzr", "负责人", "CHARACTER", 50, false, "NONE"),
                    item("lxsj", "联系手机", "CHARACTER", 11, false, "PERSONAL"),
                    item("clrq", "成立日期", "DATE", null, false, "NONE"),
                    item("xzqh", "行政区划代码", "CHARACTER", 6, false, "NONE")));
            Api.Response created = api.post("/api/v1/catalog/resources", dept, r);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String c = created.json().get("code").asString();
            assertThat(api.post("/api/v1/catalog/resources/" + c + "/submit", dept, Map.of()).status()).isEqualTo(200);
            Api.Response published = api.post("/api/v1/catalog/resources/" + c + "/publish", admin, Map.of());
            assertThat(published.status()).as(published.body()).isEqualTo(200);
            rows = generate();
            push(api, dept, c, rows);
            code = c;
        }
        return code;
    }

    static List<Row> rows() {
        return rows;
    }

    static List<Row> generate() {
        Random random = new Random(11);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String org = OrganizationCode.withCheckChar(String.format("%08d", 52_000_000 + i * 7));
            String county = COUNTIES[random.nextInt(COUNTIES.length)];
            String uscc = UnifiedSocialCreditCode.withCheckChar("92" + county + org);
            String person = "" + SURNAMES.charAt(random.nextInt(10)) + GIVEN.charAt(random.nextInt(10)) + (random.nextBoolean() ? GIVEN.charAt(random.nextInt(10)) : "");
            String founded = String.format("%d-%02d-%02d", 2015 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
            out.add(new Row(uscc, "测试商行" + i, person, "138" + String.format("%08d", 10_000_000 + i * 31), founded, county));
        }
        return out;
    }

    static void push(Api api, String token, String code, List<Row> rows) {
        List<Map<String, Object>> json = rows.stream().<Map<String, Object>>map(r -> Map.of("tyshxydm", r.uscc(), "mc", r.name(), "fzr", r.person(),
                "lxsj", r.mobile(), "clrq", r.founded(), "xzqh", r.county())).toList();
        Api.Response pushed = api.post("/api/v1/catalog/resources/" + code + "/rows", token, json);
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
        long id = pushed.json().get("id").asLong();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode b = api.get("/api/v1/batches/" + id, token).json();
        while (Instant.now().isBefore(deadline) && b.get("status").asString().equals("RUNNING")) {
            sleep();
            b = api.get("/api/v1/batches/" + id, token).json();
        }
        assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("SUCCEEDED");
    }

    /** The plan that passes: the name masked with the public profile, the mobile dropped, the quasi-identifiers generalised. */
    static Map<String, Object> passingPlan(String code) {
        return Map.of("resourceCode", code, "quasiIdentifiers", List.of("clrq", "xzqh"),
                "treatments", Map.of("fzr", "MASK_SHOW_FIRST_LAST(1,0)", "lxsj", "DROP", "clrq", "DATE_SHOW_YEAR", "xzqh", "GENERALISE_DIVISION(CITY)"),
                "note", "测试发布");
    }

    private static Map<String, Object> item(String name, String label, String type, Integer length, boolean key, String sensitivity) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("label", label);
        m.put("dataType", type);
        m.put("length", length);
        m.put("required", key);
        m.put("key", key);
        m.put("sensitivity", sensitivity);
        return m;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
