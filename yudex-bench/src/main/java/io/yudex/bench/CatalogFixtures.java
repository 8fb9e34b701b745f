package io.yudex.bench;

import io.yudex.bench.CatalogVocabulary.Department;
import io.yudex.bench.CatalogVocabulary.Region;
import io.yudex.search.CatalogDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Deterministic, realistic catalog resources of Henan departments. Resource {@code i} depends only
 * on {@code i}, so an index and a database filled with the same count hold the same rows.
 */
public final class CatalogFixtures {

    private static final long SEED = 20_240_601L;
    private static final Instant EPOCH = Instant.parse("2022-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = 3L * 365 * 24 * 3600;

    private CatalogFixtures() {}

    /** Resources 0 to {@code count - 1}, generated lazily. */
    public static Stream<CatalogDocument> resources(int count) {
        return IntStream.range(0, count).mapToObj(CatalogFixtures::resource);
    }

    /** Resource number {@code i}; the same for every call. */
    public static CatalogDocument resource(int i) {
        SplittableRandom random = new SplittableRandom(SEED + 31L * i);
        List<Department> departments = CatalogVocabulary.DEPARTMENT_LIST;
        Department department = departments.get(random.nextInt(departments.size()));
        int subjectIndex = random.nextInt(department.subjects().size());
        String subject = department.subjects().get(subjectIndex);
        // One resource in six is provincial, the rest spread over the 18 cities.
        Region region = random.nextInt(6) == 0 ? CatalogVocabulary.REGIONS.getFirst()
                : CatalogVocabulary.REGIONS.get(1 + random.nextInt(CatalogVocabulary.REGIONS.size() - 1));
        boolean provincial = region.code().equals("410000");
        String provider = region.name() + (provincial ? department.provinceName() : department.cityName());
        String format = pick(random, CatalogVocabulary.FORMATS);
        String cycle = pick(random, CatalogVocabulary.CYCLES);
        List<String> items = items(random, department, subject);
        int classDigit = 1 + weighted(random, 20, 20, 60);
        return new CatalogDocument(
                String.format("%d%02d%03d/%06d", classDigit, departments.indexOf(department) + 1, subjectIndex + 1, i),
                name(random, region, provincial, subject, format),
                summary(random, provider, region, subject, items, cycle),
                "11" + region.code() + String.format("%02d", departments.indexOf(department) + 1),
                provider,
                region.name(),
                List.of("基础信息资源", "主题信息资源", "部门信息资源").get(classDigit - 1),
                library(random, classDigit, department.items()),
                List.of("无条件共享", "有条件共享", "不予共享").get(weighted(random, 60, 30, 10)),
                List.of("无条件开放", "有条件开放", "不予开放").get(weighted(random, 40, 30, 30)),
                cycle,
                format,
                List.of("PUBLISHED", "DRAFT", "IN_REVIEW", "WITHDRAWN").get(weighted(random, 80, 8, 7, 5)),
                tags(random, department),
                items,
                EPOCH.plusSeconds(random.nextLong(SPAN_SECONDS)));
    }

    private static String name(SplittableRandom random, Region region, boolean provincial, String subject, String format) {
        String scope = provincial ? "全省" : region.name();
        String suffix = format.equals("服务接口") ? "查询接口" : pick(random, CatalogVocabulary.SUFFIXES);
        return scope + subject + suffix;
    }

    private static String summary(SplittableRandom random, String provider, Region region, String subject,
            List<String> items, String cycle) {
        String scope = region.code().equals("410000") ? "全省" : region.name();
        String listed = String.join("、", items.subList(0, Math.min(3, items.size())));
        return "本资源由" + provider + "提供，记录" + scope + subject + "的" + pick(random, CatalogVocabulary.ASPECTS)
                + "，包括" + listed + "等信息项，" + cycle + "更新。可用于" + pick(random, CatalogVocabulary.USES) + "。";
    }

    private static List<String> items(SplittableRandom random, Department department, String subject) {
        List<String> pool = new ArrayList<>(CatalogVocabulary.items(department.items()));
        LinkedHashSet<String> items = new LinkedHashSet<>();
        items.add(subject + "编号");
        int count = 4 + random.nextInt(4);
        while (items.size() < count && !pool.isEmpty()) {
            items.add(pool.remove(random.nextInt(pool.size())));
        }
        items.add("数据更新时间");
        return List.copyOf(items);
    }

    private static List<String> tags(SplittableRandom random, Department department) {
        LinkedHashSet<String> tags = new LinkedHashSet<>(department.tags());
        if (random.nextInt(3) == 0) tags.add(pick(random, CatalogVocabulary.THEMES));
        return List.copyOf(tags);
    }

    /** Base resources belong to one of the base libraries, theme resources to a theme library. */
    private static String library(SplittableRandom random, int classDigit, char itemKind) {
        if (classDigit == 1) {
            return switch (itemKind) {
                case 'P' -> "人口基础信息库";
                case 'O' -> "法人单位基础信息库";
                case 'G' -> "自然资源和空间地理基础信息库";
                case 'L' -> "电子证照基础信息库";
                default -> "宏观经济基础信息库";
            };
        }
        return classDigit == 2 ? pick(random, CatalogVocabulary.THEMES) + "主题库" : null;
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Index of the bucket that a roll over the summed weights lands in. */
    private static int weighted(SplittableRandom random, int... weights) {
        int roll = random.nextInt(IntStream.of(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) return i;
        }
        return weights.length - 1;
    }
}
