package io.yudex.synth;

import java.util.SplittableRandom;

/**
 * 行政处罚（市场监管）: decisions by the bureau that registered the penalised entity. Document
 * numbers are unique: row {@code i} is number {@code i / 10 + 1} of a year that the ten rows of a
 * block take in a shuffled order, 2014–2023.
 */
final class PenaltyRenderer implements RowRenderer {

    private static final int FIRST_YEAR = 2014;
    private static final int YEARS = 10;
    private static final String[] VIOLATIONS = {
        "销售不符合食品安全标准的食品", "未取得食品经营许可从事食品经营活动", "销售超过保质期的食品", "发布虚假广告",
        "对商品作虚假或者引人误解的商业宣传", "不明码标价", "销售侵犯注册商标专用权的商品", "生产销售不合格产品",
        "未建立并执行进货查验记录制度", "使用未经检定的计量器具", "特种设备未经定期检验继续使用", "无照经营",
        "销售无中文标签的预包装食品", "经营场所卫生条件不符合要求"};
    private static final long[] FINES = {2000, 3000, 5000, 5000, 10000, 10000, 20000, 30000, 50000, 100000};

    private final World world;

    PenaltyRenderer(World world) {
        this.world = world;
    }

    @Override
    public void append(long i, DefectKind kind, StringBuilder sb) {
        long block = i / YEARS;
        int year = FIRST_YEAR + (int) ((i + Mix.mix64(world.seed() ^ block) % YEARS + YEARS) % YEARS);
        SplittableRandom r = Mix.random(world.seed(), Mix.Purpose.ROW, 10, i);
        Enterprise e = enterpriseFoundedBy(year, r);
        appendIssuer(sb, e);
        sb.append("市监罚〔").append(year).append('〕').append(block + 1).append("号,");
        sb.append(kind == DefectKind.CONFLICTING_NAME
                ? world.enterpriseSpace().otherName(e, Mix.random(world.seed(), Mix.Purpose.ROW, 11, i)) : e.name());
        sb.append(',').append(e.uscc()).append(',').append(VIOLATIONS[r.nextInt(VIOLATIONS.length)]).append(',');
        appendPenalty(sb, r);
        sb.append(',');
        int from = Math.max(e.founded() + 1, Days.of(year, 1, 1));
        int to = Days.of(year, 12, 31);
        Days.appendIso(sb, from >= to ? to : from + r.nextInt(to - from + 1));
    }

    /**
     * 郑市监罚 for a city bureau, 郑金市监罚 for the 金水区 bureau; a county named after its city
     * (濮阳县) is written out in full: 濮阳县市监罚.
     */
    private static void appendIssuer(StringBuilder sb, Enterprise e) {
        Henan henan = Henan.get();
        int city = henan.cityOf(e.county());
        char abbreviation = henan.documentAbbreviation(city);
        String county = henan.name(e.county());
        if (e.cityLevel() || county.equals(henan.cityName(city))) {
            sb.append(abbreviation);
        } else if (county.charAt(0) == abbreviation) {
            sb.append(county);
        } else {
            sb.append(abbreviation).append(county.charAt(0));
        }
    }

    /** An entity founded before the end of {@code year}; tries a few, keeps the last. */
    private Enterprise enterpriseFoundedBy(int year, SplittableRandom r) {
        int yearEnd = Days.of(year, 12, 31);
        long space = Math.max(1, world.enterprises());
        Enterprise e = world.enterpriseSpace().get(r.nextLong(space));
        for (int k = 0; k < 32 && e.founded() >= yearEnd; k++) {
            e = world.enterpriseSpace().get(r.nextLong(space));
        }
        return e;
    }

    private static void appendPenalty(StringBuilder sb, SplittableRandom r) {
        int u = r.nextInt(10);
        if (u == 0) {
            sb.append("警告");
            return;
        }
        if (u < 4) {
            sb.append("没收违法所得人民币");
            Money.append(sb, (100 + r.nextLong(20_000)) * 100);
            sb.append("元；");
        }
        sb.append("罚款人民币");
        Money.append(sb, FINES[r.nextInt(FINES.length)] * 100);
        sb.append('元');
    }
}
