package io.yudex.synth;

import java.util.SplittableRandom;

/**
 * 食品经营许可: {@code JY} + business form (1 销售, 2 餐饮, 3 单位食堂) + the licensee's county
 * code + a six-digit serial + a check digit. Row {@code i} licenses an entity {@code e ≡ i (mod 1024)},
 * so it shares the entity's county slot and the serial is unique per county (see {@link SlotTable}).
 * The check digit is our own (weighted sum mod 10): the official algorithm is not published.
 */
final class LicenceRenderer implements RowRenderer {

    private static final String[] SALES = {"预包装食品销售（含冷藏冷冻食品）", "散装食品销售（含散装熟食）", "保健食品销售",
        "婴幼儿配方乳粉销售", "特殊医学用途配方食品销售", "酒类销售"};
    private static final String[] CATERING = {"热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品制售（不含裱花蛋糕）",
        "自制饮品制售（不含自酿酒）"};
    private static final int ATTEMPTS = 8;
    /** Licences last five years; the ones in the register were issued or renewed from 2019 on. */
    private static final int RECENT_DAY = Days.of(2019, 1, 1);
    private static final int VALIDITY_DAYS = 5 * 365;

    private final World world;

    LicenceRenderer(World world) {
        this.world = world;
    }

    @Override
    public void append(long i, DefectKind kind, StringBuilder sb) {
        Enterprise e = licensee(i);
        SplittableRandom r = Mix.random(world.seed(), Mix.Purpose.ROW, 30, i);
        int form = form(e, r);
        int start = sb.length();
        sb.append("JY").append(form).append(Henan.get().code(e.county()));
        String serial = Long.toString(serial(i));
        sb.append("0".repeat(Math.max(0, 6 - serial.length()))).append(serial);
        sb.append(checkDigit(sb, start + 2));
        sb.append(',').append(kind == DefectKind.CONFLICTING_NAME
                ? world.enterpriseSpace().otherName(e, Mix.random(world.seed(), Mix.Purpose.ROW, 31, i)) : e.name());
        sb.append(',').append(e.uscc()).append(',');
        appendItems(sb, form, r);
        int earliest = Math.max(e.founded() + 1, RECENT_DAY);
        int issued = earliest >= Enterprises.LAST_DAY ? Enterprises.LAST_DAY
                : earliest + r.nextInt(Enterprises.LAST_DAY - earliest + 1);
        sb.append(',');
        Days.appendIso(sb, issued + VALIDITY_DAYS);
    }

    /** 2 餐饮服务 for restaurants, 3 单位食堂 for some companies, else 1 食品销售. */
    private static int form(Enterprise e, SplittableRandom r) {
        String name = e.name();
        if (name.endsWith("馆") || name.endsWith("部") || name.contains("饭") || name.contains("烧烤") || name.contains("餐饮")) {
            return 2;
        }
        return e.entityType() == '1' && r.nextInt(10) == 0 ? 3 : 1;
    }

    /** The licensee: the first food business among a few entities sharing row i's county slot. */
    private Enterprise licensee(long i) {
        long space = Math.max(1, world.enterprises());
        long aligned = space >= SlotTable.SLOTS ? space / SlotTable.SLOTS * SlotTable.SLOTS : space;
        long e = i % aligned;
        Enterprise candidate = world.enterpriseSpace().get(e);
        for (int k = 1; k < ATTEMPTS && !candidate.food() && aligned > SlotTable.SLOTS; k++) {
            candidate = world.enterpriseSpace().get((e + k * (long) SlotTable.SLOTS) % aligned);
        }
        return candidate;
    }

    /** Unique per county when the enterprise space holds at least 1,024 entities, else unique overall. */
    private long serial(long i) {
        return world.enterprises() >= SlotTable.SLOTS ? world.enterpriseSpace().counties().serial(i) : i;
    }

    private static char checkDigit(CharSequence sb, int from) {
        int sum = 0;
        for (int k = from; k < sb.length(); k++) {
            sum += (sb.charAt(k) - '0') * ((k - from) % 2 == 0 ? 3 : 1);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static void appendItems(StringBuilder sb, int form, SplittableRandom r) {
        String[] items = form == 1 ? SALES : CATERING;
        int first = r.nextInt(items.length);
        int count = 1 + r.nextInt(3);
        for (int k = 0; k < count && k < items.length; k++) {
            if (k > 0) {
                sb.append('，');
            }
            sb.append(items[(first + k) % items.length]);
        }
    }
}
