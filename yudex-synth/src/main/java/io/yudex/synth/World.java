package io.yudex.synth;

/**
 * The seeded spaces a dataset draws from: persons and enterprises, and how many of each the
 * other datasets may refer to. Immutable and thread-safe.
 *
 * @param population  persons {@code [0, population)} exist; social insurance, owners and legal
 *                    representatives refer only to them
 * @param enterprises entities {@code [0, enterprises)} exist; penalties, licences, employers and
 *                    company-owned vehicles refer only to them
 */
record World(long seed, long population, long enterprises, PersonSpace persons, Enterprises enterpriseSpace) {

    static World of(long seed, long population, long enterprises) {
        PersonSpace persons = new PersonSpace(seed);
        return new World(seed, population, enterprises, persons, new Enterprises(seed, persons, population));
    }

    /** A working-age person of the population chosen by {@code draw}, any long (person 0 if there is none). */
    long workingPerson(long draw) {
        long working = persons.workingCount(population);
        return working == 0 ? 0 : persons.workingPerson(Math.floorMod(draw, working));
    }

    /** The name of person {@code p}, as population writes it. */
    String personName(long p) {
        long located = persons.locate(p);
        StringBuilder sb = new StringBuilder(4);
        Names.append(sb, persons.random(p), PersonSpace.male(located), Days.year(PersonSpace.day(located)));
        return sb.toString();
    }
}
