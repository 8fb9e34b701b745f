package io.yudex.synth;

import java.util.SplittableRandom;

/**
 * 社会保险参保: rows {@code 3a, 3a+1, 3a+2} are the 养老 (110), 失业 (210) and 工伤 (410) lines of
 * the {@code a}-th working-age person of the population space, so every clean {@code sfzhm} and
 * {@code xm} equal population's for that person. Beyond three lines per working-age person the
 * persons repeat.
 */
final class SocialInsuranceRenderer implements RowRenderer {

    private static final String[] INSURANCE = {"110", "210", "410"};
    private static final int RETIRED_BEFORE = Days.of(1963, 1, 1);

    private final World world;

    SocialInsuranceRenderer(World world) {
        this.world = world;
    }

    /** The person of row {@code i}. */
    long person(long i) {
        return world.workingPerson(i / INSURANCE.length);
    }

    @Override
    public void append(long i, DefectKind kind, StringBuilder sb) {
        long p = person(i);
        PersonSpace persons = world.persons();
        long located = persons.locate(p);
        boolean male = PersonSpace.male(located);
        int birthYear = Days.year(PersonSpace.day(located));
        CitizenIds.append(sb, located);
        sb.append(',');
        if (kind == DefectKind.CONFLICTING_NAME) {
            appendOtherName(sb, p, i, male, birthYear);
        } else {
            Names.append(sb, persons.random(p), male, birthYear);
        }
        int line = (int) (i % INSURANCE.length);
        sb.append(',').append(INSURANCE[line]).append(',');
        SplittableRandom job = Mix.random(world.seed(), Mix.Purpose.ROW, 2, p);
        boolean flexible = job.nextInt(100) < 20;
        long employer = job.nextLong(Math.max(1, world.enterprises()));
        long baseYuan = 2000 + (long) (28_000 * Math.pow(job.nextDouble(), 2.5));
        boolean retired = PersonSpace.day(located) < RETIRED_BEFORE;
        sb.append(status(line, flexible, retired, Mix.random(world.seed(), Mix.Purpose.ROW, 3, i))).append(',');
        int city = Henan.get().cityOf(PersonSpace.county(located));
        if (flexible) {
            sb.append(Henan.get().cityName(city)).append("灵活就业人员");
        } else {
            sb.append(world.enterpriseSpace().get(employer).name());
        }
        sb.append(',');
        Money.append(sb, baseYuan * 100);
    }

    private static char status(int line, boolean flexible, boolean retired, SplittableRandom r) {
        if (retired || (flexible && line > 0)) {
            return '3';
        }
        int u = r.nextInt(100);
        return u < 88 ? '1' : u < 96 ? '2' : '3';
    }

    /** A given name the person is also known by (曾用名), with the true surname. */
    private void appendOtherName(StringBuilder sb, long p, long i, boolean male, int birthYear) {
        String real = world.personName(p);
        SplittableRandom r = Mix.random(world.seed(), Mix.Purpose.ROW, 4, i);
        SplittableRandom own = world.persons().random(p);
        String surname = Names.surname(own);
        String other;
        do {
            StringBuilder candidate = new StringBuilder(surname);
            Names.appendGiven(candidate, r, male, birthYear);
            other = candidate.toString();
        } while (other.equals(real));
        sb.append(other);
    }
}
