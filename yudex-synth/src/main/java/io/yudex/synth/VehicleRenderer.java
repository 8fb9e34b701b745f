package io.yudex.synth;

import java.util.SplittableRandom;

/**
 * 机动车登记: plates 豫 + city letter + five characters. The city comes from a vehicle-weighted
 * {@link SlotTable}; the per-city serial picks, through a permutation, either a new-energy plate
 * (D/F + five characters, one serial in eight) or an ordinary plate with at most two letters.
 * Plates are unique while a city has fewer than about 8 million vehicles.
 */
final class VehicleRenderer implements RowRenderer {

    static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"; // no I, O
    private static final long NEW_ENERGY_SPACE = 2 * (100_000 + 24 * 10_000);
    private static final int[] MASKS = masks();
    private static final String[] CAR_BRANDS = ("大众 丰田 本田 日产 别克 吉利 长城哈弗 长安 奇瑞 现代 福特 宝马 奔驰 奥迪 "
            + "海马 比亚迪 五菱 东风 红旗 传祺").split(" ");
    private static final String[] NEW_ENERGY_BRANDS = "比亚迪 特斯拉 蔚来 理想 小鹏 五菱 埃安 哪吒 零跑 问界".split(" ");
    private static final String[] HEAVY_BRANDS = "宇通 解放 东风 中国重汽 陕汽 福田 江淮".split(" ");
    private static final String STATES = "AAAAAAAAAAAAAAAAAQGGEDM"; // 正常 mostly; 逾期未检验, 违法未处理, 注销, 停驶, 强制注销
    private static final int FIRST_DAY = Days.of(2000, 1, 1);
    private static final int NEW_ENERGY_FIRST_DAY = Days.of(2016, 1, 1);

    private final World world;
    private final SlotTable cities;
    private final AffinePermutation newEnergy;
    private final AffinePermutation ordinary;
    /** Per-city shift of the serial before the permutation, so cities do not share plate numbers. */
    private final long[] cityShift;

    VehicleRenderer(World world) {
        this.world = world;
        Henan henan = Henan.get();
        double[] weights = new double[henan.cityCount()];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = henan.cityPopulation(c) * (c == 0 ? 2.0 : 1.0);
        }
        SplittableRandom r = Mix.random(world.seed(), Mix.Purpose.TABLES, 3);
        cities = new SlotTable(weights, r);
        newEnergy = AffinePermutation.random(NEW_ENERGY_SPACE, r);
        ordinary = AffinePermutation.random(ordinarySpace(), r);
        cityShift = r.longs(weights.length, 0, NEW_ENERGY_SPACE).toArray();
    }

    @Override
    public void append(long i, DefectKind kind, StringBuilder sb) {
        int city = cities.target(i);
        long serial = cities.serial(i);
        boolean green = serial % 8 == 0;
        sb.append('豫').append(Henan.get().plateLetter(city));
        if (green) {
            appendNewEnergy(sb, newEnergy.apply(serial / 8 + cityShift[city]));
        } else {
            appendOrdinary(sb, ordinary.apply(serial - serial / 8 - 1 + cityShift[city]));
        }
        SplittableRandom r = Mix.random(world.seed(), Mix.Purpose.ROW, 20, i);
        boolean heavy = r.nextInt(100) < (green ? 5 : 8);
        sb.append(',').append(green ? (heavy ? "51" : "52") : (heavy ? "01" : "02")).append(',');
        String[] brands = heavy ? HEAVY_BRANDS : green ? NEW_ENERGY_BRANDS : CAR_BRANDS;
        sb.append(brands[r.nextInt(brands.length)]).append(',');
        boolean company = heavy || r.nextInt(10) == 0;
        sb.append(company ? world.enterpriseSpace().get(r.nextLong(Math.max(1, world.enterprises()))).name()
                : world.personName(world.workingPerson(r.nextLong()))).append(',');
        int first = green ? NEW_ENERGY_FIRST_DAY : FIRST_DAY;
        Days.appendIso(sb, first + (int) ((Enterprises.LAST_DAY - first) * Math.sqrt(r.nextDouble())));
        sb.append(',').append(STATES.charAt(r.nextInt(STATES.length())));
    }

    /** D or F, then five digits or a letter and four digits. */
    private static void appendNewEnergy(StringBuilder sb, long v) {
        long half = NEW_ENERGY_SPACE / 2;
        sb.append(v < half ? 'D' : 'F');
        long rest = v % half;
        if (rest < 100_000) {
            appendDigits(sb, rest, 5);
        } else {
            rest -= 100_000;
            sb.append(LETTERS.charAt((int) (rest / 10_000)));
            appendDigits(sb, rest % 10_000, 4);
        }
    }

    /** Five characters with letters at the positions of one of {@link #MASKS}. */
    private static void appendOrdinary(StringBuilder sb, long v) {
        int k = 0;
        while (v >= size(MASKS[k])) {
            v -= size(MASKS[k]);
            k++;
        }
        char[] out = new char[5];
        for (int pos = 4; pos >= 0; pos--) {
            boolean letter = (MASKS[k] >> pos & 1) == 1;
            int radix = letter ? LETTERS.length() : 10;
            out[pos] = letter ? LETTERS.charAt((int) (v % radix)) : (char) ('0' + v % radix);
            v /= radix;
        }
        sb.append(out);
    }

    private static void appendDigits(StringBuilder sb, long v, int width) {
        String digits = Long.toString(v);
        sb.append("0".repeat(width - digits.length())).append(digits);
    }

    /** Letter-position masks over five characters with at most two letters. */
    private static int[] masks() {
        return java.util.stream.IntStream.range(0, 32).filter(m -> Integer.bitCount(m) <= 2).toArray();
    }

    private static long size(int mask) {
        long n = 1;
        for (int pos = 0; pos < 5; pos++) {
            n *= (mask >> pos & 1) == 1 ? LETTERS.length() : 10;
        }
        return n;
    }

    private static long ordinarySpace() {
        long total = 0;
        for (int m : MASKS) {
            total += size(m);
        }
        return total;
    }
}
