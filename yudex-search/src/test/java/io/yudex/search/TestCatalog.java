package io.yudex.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Realistic catalog resources for tests: a builder for hand-made ones and a seeded generator. */
final class TestCatalog {

    static final Instant BASE_TIME = Instant.parse("2024-01-01T00:00:00Z");
    static final Visibility ANONYMOUS =
            new Visibility(false, Set.of("PUBLISHED"), Set.of("无条件开放", "有条件开放"), null);

    /** Department name, department code, subjects it publishes. */
    private record Department(String name, String code, List<String> subjects, List<String> tags) {}

    private static final List<Department> DEPARTMENTS = List.of(
            new Department("公安厅", "11410000GA", List.of("户籍人口基本", "流动人口居住登记", "居民身份证办理", "机动车驾驶证"), List.of("人口", "证照")),
            new Department("民政厅", "11410000MZ", List.of("婚姻登记", "最低生活保障救助", "社会组织登记", "殡葬服务"), List.of("民生", "社会救助")),
            new Department("人力资源和社会保障厅", "11410000RS", List.of("社会保险缴费", "养老保险参保", "就业登记", "职业技能培训"), List.of("社会保障", "就业")),
            new Department("市场监督管理局", "11410000SJ", List.of("企业登记注册", "营业执照核发", "食品经营许可", "个体工商户登记"), List.of("营商环境", "法人")),
            new Department("自然资源厅", "11410000ZR", List.of("不动产登记", "国有土地出让", "地质灾害隐患点", "矿业权出让"), List.of("自然资源", "空间地理")),
            new Department("卫生健康委员会", "11410000WJ", List.of("医疗机构执业许可", "出生医学证明", "预防接种", "医师执业注册"), List.of("医疗健康", "民生")),
            new Department("教育厅", "11410000JY", List.of("中小学学籍", "高校毕业生", "教师资格认定"), List.of("教育")),
            new Department("交通运输厅", "11410000JT", List.of("道路运输经营许可", "公路里程", "出租汽车驾驶员"), List.of("交通")));
    private static final List<String> REGIONS = List.of("全省", "郑州市", "洛阳市", "开封市", "南阳市", "新乡市");
    private static final List<String> SUFFIXES = List.of("信息", "数据", "台账", "统计");
    private static final List<String> CYCLES = List.of("实时", "每日", "每月", "每季度", "每年");
    private static final List<String> FORMATS = List.of("数据库", "电子表格", "服务接口");

    private TestCatalog() {}

    static Builder resource(String code) {
        return new Builder(code);
    }

    /** {@code count} published, openly available resources; deterministic for a given seed. */
    static List<CatalogDocument> generate(int count, long seed) {
        Random random = new Random(seed);
        List<CatalogDocument> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Department department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
            String subject = department.subjects().get(random.nextInt(department.subjects().size()));
            String region = REGIONS.get(random.nextInt(REGIONS.size()));
            String name = region + subject + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
            documents.add(resource(String.format("3%02d%03d/%06d", 1 + DEPARTMENTS.indexOf(department), 1, i))
                    .name(name)
                    .summary("本资源由河南省" + department.name() + "提供，记录" + region + subject + "情况，"
                            + CYCLES.get(i % CYCLES.size()) + "更新，用于跨部门共享和业务协同。")
                    .provider(department.code(), department.name())
                    .region(region.equals("全省") ? "河南省" : region)
                    .updateCycle(CYCLES.get(i % CYCLES.size()))
                    .format(FORMATS.get(random.nextInt(FORMATS.size())))
                    .tags(department.tags().toArray(String[]::new))
                    .items("统一社会信用代码", "登记日期", subject + "编号")
                    .updatedAt(BASE_TIME.plusSeconds(3600L * i))
                    .build());
        }
        return documents;
    }

    /** Defaults describe an open, published base resource of the 公安厅; override what a test needs. */
    static final class Builder {
        private final String code;
        private String name = "全省户籍人口基本信息";
        private String summary = "记录全省常住户籍人口的基本情况。";
        private String providerCode = "11410000GA";
        private String provider = "公安厅";
        private String region = "河南省";
        private String resourceClass = "基础信息资源";
        private String baseLibrary = "人口基础信息库";
        private String shareType = "无条件共享";
        private String openType = "无条件开放";
        private String updateCycle = "每日";
        private String format = "数据库";
        private String status = "PUBLISHED";
        private List<String> tags = List.of("人口");
        private List<String> items = List.of("姓名", "公民身份号码");
        private Instant updatedAt = BASE_TIME;

        private Builder(String code) {
            this.code = code;
        }

        Builder name(String value) { name = value; return this; }
        Builder summary(String value) { summary = value; return this; }
        Builder provider(String code, String value) { providerCode = code; provider = value; return this; }
        Builder region(String value) { region = value; return this; }
        Builder resourceClass(String value) { resourceClass = value; return this; }
        Builder baseLibrary(String value) { baseLibrary = value; return this; }
        Builder shareType(String value) { shareType = value; return this; }
        Builder openType(String value) { openType = value; return this; }
        Builder updateCycle(String value) { updateCycle = value; return this; }
        Builder format(String value) { format = value; return this; }
        Builder status(String value) { status = value; return this; }
        Builder tags(String... values) { tags = List.of(values); return this; }
        Builder items(String... values) { items = List.of(values); return this; }
        Builder updatedAt(Instant value) { updatedAt = value; return this; }

        CatalogDocument build() {
            return new CatalogDocument(code, name, summary, providerCode, provider, region, resourceClass,
                    baseLibrary, shareType, openType, updateCycle, format, status, tags, items, updatedAt);
        }
    }
}
