package io.yudex.synth;

import java.util.SplittableRandom;

/**
 * The (county, birth day) cells of each birth-year band, shuffled; shared by all seeds and built
 * once (about 1.5 million cells, 6 MB). A cell is {@code county << 16 | dayIndex}. Each day of a band
 * holds about {@value #CELLS_PER_DAY} cells, a county appearing with probability proportional to its
 * population, so a uniformly chosen cell has a population-weighted county and a uniform day.
 */
final class Cells {

    private static final int CELLS_PER_DAY = 45;
    private static final Cells INSTANCE = new Cells();

    private final int[][] byBand = new int[PersonSpace.BANDS.length][];

    private Cells() {
        Henan henan = Henan.get();
        int counties = henan.countyCount();
        double[] inclusion = new double[counties];
        double sum = 0;
        for (int c = 0; c < counties; c++) {
            sum += henan.populationWeight(c);
        }
        for (int c = 0; c < counties; c++) {
            inclusion[c] = Math.min(1.0, henan.populationWeight(c) / sum * CELLS_PER_DAY);
        }
        SplittableRandom r = new SplittableRandom(0x41_0000L);
        for (int b = 0; b < byBand.length; b++) {
            byBand[b] = band(PersonSpace.BANDS[b][0], PersonSpace.BANDS[b][1], inclusion, r);
        }
    }

    static Cells get() {
        return INSTANCE;
    }

    private static int[] band(int firstYear, int lastYear, double[] inclusion, SplittableRandom r) {
        int from = Days.of(firstYear, 1, 1);
        int to = Days.of(lastYear, 12, 31);
        int[] cells = new int[(int) ((to - from + 1) * CELLS_PER_DAY * 1.2) + 1024];
        int n = 0;
        for (int day = from; day <= to; day++) {
            for (int c = 0; c < inclusion.length; c++) {
                if (r.nextDouble() < inclusion[c]) {
                    if (n == cells.length) {
                        cells = java.util.Arrays.copyOf(cells, n * 2);
                    }
                    cells[n++] = c << 16 | day;
                }
            }
        }
        int[] exact = java.util.Arrays.copyOf(cells, n);
        Shuffle.shuffle(exact, r);
        return exact;
    }

    int[] band(int b) {
        return byBand[b];
    }

    int smallestBand() {
        int min = Integer.MAX_VALUE;
        for (int[] cells : byBand) {
            min = Math.min(min, cells.length);
        }
        return min;
    }
}
