package io.yudex.synth;

import java.util.SplittableRandom;

/** 户籍人口: row {@code i} is person {@code i}. */
final class PopulationRenderer implements RowRenderer {

    /** GB/T 3304 ethnicity codes with their share per 10,000 in Henan (汉 98.8%, then 回, 蒙古, 满…). */
    private static final String[] ETHNICITIES = {"01", "03", "02", "11", "08", "06", "15", "04", "10"};
    private static final int[] ETHNICITY_CUMULATIVE = {9880, 9975, 9985, 9991, 9994, 9996, 9998, 9999, 10000};

    private final World world;

    PopulationRenderer(World world) {
        this.world = world;
    }

    @Override
    public void append(long i, DefectKind kind, StringBuilder sb) {
        PersonSpace persons = world.persons();
        long located = persons.locate(i);
        int county = PersonSpace.county(located);
        int day = PersonSpace.day(located);
        boolean male = PersonSpace.male(located);
        SplittableRandom r = persons.random(i);
        char[] id = CitizenIds.fill(new char[18], located);
        sb.append(id).append(',');
        Names.append(sb, r, male, Days.year(day));
        boolean sexMale = kind == DefectKind.CONFLICTING_SEX ? !male : male;
        sb.append(',').append(sexMale ? '1' : '2').append(',');
        if (kind == DefectKind.CONFLICTING_BIRTH_DATE) {
            Days.appendIso(sb, otherBirthDay(i, day));
        } else {
            CitizenIds.appendBirthDate(sb, id);
        }
        sb.append(',').append(ethnicity(Mix.below(r, 10_000))).append(',');
        Henan henan = Henan.get();
        sb.append(henan.addressPrefix(county));
        Addresses.appendHousehold(sb, r, henan.urban(county));
        sb.append(',').append(henan.code(county));
    }

    private static String ethnicity(int draw) {
        int k = 0;
        while (draw >= ETHNICITY_CUMULATIVE[k]) {
            k++;
        }
        return ETHNICITIES[k];
    }

    /** A birth day a few days, months or a year away from the true one, as registers drift. */
    private int otherBirthDay(long i, int day) {
        SplittableRandom r = Mix.random(world.seed(), Mix.Purpose.ROW, 1, i);
        int shift = switch (r.nextInt(3)) {
            case 0 -> 1 + r.nextInt(30);
            case 1 -> 31 + r.nextInt(300);
            default -> 365;
        };
        return day >= shift && r.nextBoolean() ? day - shift : day + shift;
    }
}
