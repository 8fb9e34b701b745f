package io.yudex.synth;

import java.util.SplittableRandom;

/** Fisher–Yates shuffles driven by a given stream. */
final class Shuffle {

    private Shuffle() {
    }

    static void shuffle(int[] a, SplittableRandom r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** A random permutation of {@code 0 … n-1}. */
    static int[] permutation(int n, SplittableRandom r) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        shuffle(a, r);
        return a;
    }
}
