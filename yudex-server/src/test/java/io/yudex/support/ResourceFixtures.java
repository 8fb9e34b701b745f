package io.yudex.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds valid resource requests (as JSON maps) with unique names; tests change one field to break a rule. */
public final class ResourceFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String[] SUBJECTS = {"人口", "企业", "车辆", "婚姻", "社保", "学历", "医疗", "税务", "环境", "粮食"};

    private ResourceFixtures() {}

    /** A valid unconditionally shared base resource of the population library. */
    public static Map<String, Object> valid() {
        int n = SEQ.incrementAndGet();
        String subject = SUBJECTS[n % SUBJECTS.length];
        Map<String, Object> r = new HashMap<>();
        r.put("name", "测试" + subject + "信息资源" + n + "-" + System.nanoTime() % 100000);
        r.put("resourceClass", "BASE");
        r.put("library", "POPULATION");
        r.put("classificationCode", "101" + String.format("%03d", 900 + n % 90));
        r.put("summary", "用于自动化测试的" + subject + "基础信息资源，编号 " + n + "。");
        r.put("formatClass", "DATABASE");
        r.put("formatType", "PostgreSQL");
        r.put("items", items(3 + n % 3));
        r.put("shareType", "UNCONDITIONAL");
        r.put("shareModes", List.of("INTERFACE", "TABLE"));
        r.put("openType", "UNCONDITIONAL");
        r.put("updateCycle", "DAILY");
        r.put("dataGrade", "GENERAL");
        r.put("dataGradeLevel", 1);
        r.put("tags", List.of(subject, "测试"));
        r.put("contact", Map.of("name", "测试联系人", "phone", "0371-12345678", "email", "test@henan.gov.cn"));
        return r;
    }

    public static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    static List<Map<String, Object>> items(int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        String[][] pool = {{"tyshxydm", "统一社会信用代码", "CHARACTER"}, {"mc", "名称", "CHARACTER"}, {"clrq", "成立日期", "DATE"},
                {"zczb", "注册资本", "CURRENCY"}, {"rs", "人数", "NUMERIC"}, {"bz", "备注", "MEMO"}};
        for (int i = 0; i < count; i++) {
            String[] p = pool[i % pool.length];
            Map<String, Object> item = new HashMap<>();
            item.put("name", p[0]);
            item.put("label", p[1]);
            item.put("dataType", p[2]);
            item.put("length", p[2].equals("CHARACTER") ? 100 : null);
            item.put("required", i == 0);
            item.put("key", i == 0);
            item.put("sensitivity", "NONE");
            items.add(item);
        }
        return items;
    }
}
