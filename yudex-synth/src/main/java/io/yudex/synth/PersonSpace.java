package io.yudex.synth;

import java.util.SplittableRandom;

/**
 * Maps a person index to a county, a birth date and a sequence code so that distinct indexes get
 * distinct citizen ID numbers, in O(1) and without any per-person state.
 *
 * <p>Index {@code p} is split into a class {@code r = p mod 998} and a rank {@code q = p / 998}.
 * The class fixes the sex ({@code r} odd is female) and, through its pair {@code r / 2}, the
 * birth-year band (the bands follow Henan's age pyramid) and the sequence code within each county.
 * The rank picks the {@code q}-th (county, day) cell of the band in a shuffled table, starting at a
 * per-class offset. Two persons of one class differ in their cell; two of different classes
 * differ in sex or in sequence code. Unique while {@code q} stays below the smallest band's cell
 * count, see {@link #capacity()}.
 */
final class PersonSpace {

    static final int CLASSES = 998;
    static final int PAIRS = CLASSES / 2;
    /** Birth-year bands: first year, last year, share of the population in percent. */
    static final int[][] BANDS = {
        {1930, 1939, 2}, {1940, 1949, 4}, {1950, 1959, 10}, {1960, 1969, 15}, {1970, 1979, 14},
        {1980, 1989, 16}, {1990, 1999, 14}, {2000, 2005, 8}, {2006, 2023, 17}};
    /** Bands of people of working age (born 1960–2005), who have social insurance. */
    private static final int FIRST_WORKING_BAND = 3;
    private static final int LAST_WORKING_BAND = 7;

    private final long seed;
    private final int[] bandOfPair = new int[PAIRS];
    private final long[] offset = new long[CLASSES];
    private final short[] sequenceOfPair;
    private final int[] workingClasses;

    PersonSpace(long seed) {
        this.seed = seed;
        SplittableRandom r = Mix.random(seed, Mix.Purpose.TABLES, 1);
        assignBands(r);
        for (int k = 0; k < CLASSES; k++) {
            offset[k] = r.nextInt(Cells.get().band(bandOfPair[k >> 1]).length);
        }
        int counties = Henan.get().countyCount();
        sequenceOfPair = new short[counties * PAIRS];
        for (int c = 0; c < counties; c++) {
            int[] perm = Shuffle.permutation(PAIRS, r);
            for (int k = 0; k < PAIRS; k++) {
                sequenceOfPair[c * PAIRS + k] = (short) perm[k];
            }
        }
        workingClasses = java.util.stream.IntStream.range(0, CLASSES)
                .filter(k -> bandOfPair[k >> 1] >= FIRST_WORKING_BAND && bandOfPair[k >> 1] <= LAST_WORKING_BAND)
                .toArray();
    }

    private void assignBands(SplittableRandom r) {
        int at = 0;
        for (int b = 0; b < BANDS.length; b++) {
            int n = b == BANDS.length - 1 ? PAIRS - at : (int) Math.round(PAIRS * BANDS[b][2] / 100.0);
            for (int k = 0; k < n; k++) {
                bandOfPair[at++] = b;
            }
        }
        Shuffle.shuffle(bandOfPair, r);
    }

    /**
     * Packs county index (bits 26+), day index (bits 10–25) and sequence code (bits 0–9) of person
     * {@code p}. Read the parts with {@link #county}, {@link #day} and {@link #sequence}.
     */
    long locate(long p) {
        int r = (int) (p % CLASSES);
        long q = p / CLASSES;
        int pair = r >> 1;
        int[] cells = Cells.get().band(bandOfPair[pair]);
        int cell = cells[(int) ((q + offset[r]) % cells.length)];
        int county = cell >>> 16;
        int sequence = 2 * sequenceOfPair[county * PAIRS + pair] + 1 + (r & 1);
        return ((long) county << 26) | ((long) (cell & 0xFFFF) << 10) | sequence;
    }

    static int county(long located) {
        return (int) (located >>> 26);
    }

    static int day(long located) {
        return (int) ((located >>> 10) & 0xFFFF);
    }

    /** 1–998; odd for men. */
    static int sequence(long located) {
        return (int) (located & 0x3FF);
    }

    static boolean male(long located) {
        return (located & 1) == 1;
    }

    /** The person's own stream: name first, then ethnicity, then address. */
    SplittableRandom random(long p) {
        return Mix.random(seed, Mix.Purpose.PERSON, p);
    }

    /** How many persons have pairwise distinct ID numbers: indexes below this never collide. */
    long capacity() {
        return (long) CLASSES * Cells.get().smallestBand();
    }

    /** Number of working-age persons among indexes {@code [0, population)}. */
    long workingCount(long population) {
        long full = population / CLASSES * workingClasses.length;
        int rest = (int) (population % CLASSES);
        int k = 0;
        while (k < workingClasses.length && workingClasses[k] < rest) {
            k++;
        }
        return full + k;
    }

    /** The {@code a}-th working-age person in index order (a ≥ 0). */
    long workingPerson(long a) {
        return a / workingClasses.length * CLASSES + workingClasses[(int) (a % workingClasses.length)];
    }
}
