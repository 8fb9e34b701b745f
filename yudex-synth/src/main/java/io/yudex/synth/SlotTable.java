package io.yudex.synth;

import java.util.SplittableRandom;

/**
 * A shuffled table of {@value #SLOTS} slots in which each target (a county or a city) holds a
 * number of slots proportional to its weight (at least one). Taking slot {@code i mod SLOTS} gives
 * a weighted target; the slot's rank among its target's slots lets callers number items per
 * target without collisions: {@code (i / SLOTS) * count(target) + rank(slot)} is unique per target.
 */
final class SlotTable {

    static final int SLOTS = 1024;

    private final int[] target = new int[SLOTS];
    private final int[] rank = new int[SLOTS];
    private final int[] count;

    SlotTable(double[] weights, SplittableRandom r) {
        count = allocate(weights);
        int at = 0;
        for (int t = 0; t < count.length; t++) {
            for (int k = 0; k < count[t]; k++) {
                target[at++] = t;
            }
        }
        Shuffle.shuffle(target, r);
        int[] seen = new int[count.length];
        for (int s = 0; s < SLOTS; s++) {
            rank[s] = seen[target[s]]++;
        }
    }

    /** Largest-remainder apportionment of the slots, at least one per target. */
    private static int[] allocate(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int free = SLOTS - weights.length;
        int[] counts = new int[weights.length];
        double[] remainder = new double[weights.length];
        int used = 0;
        for (int t = 0; t < weights.length; t++) {
            double share = weights[t] / sum * free;
            counts[t] = 1 + (int) share;
            remainder[t] = share - (int) share;
            used += counts[t];
        }
        while (used < SLOTS) {
            int best = 0;
            for (int t = 1; t < weights.length; t++) {
                if (remainder[t] > remainder[best]) {
                    best = t;
                }
            }
            counts[best]++;
            remainder[best] = -1;
            used++;
        }
        return counts;
    }

    int target(long i) {
        return target[(int) (i % SLOTS)];
    }

    /** A number unique among all {@code i} that share {@code target(i)}. */
    long serial(long i) {
        int slot = (int) (i % SLOTS);
        return i / SLOTS * count[target[slot]] + rank[slot];
    }
}
