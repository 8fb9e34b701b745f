package io.yudex.synth;

import java.util.SplittableRandom;

/**
 * {@code x → (x · factor + shift) mod space}, a bijection of {@code [0, space)} because the factor
 * is coprime to the space. Scrambles serial numbers cheaply while keeping them distinct.
 */
record AffinePermutation(long space, long factor, long shift) {

    /** A random permutation of {@code [0, space)}; {@code space} must stay below 2^31. */
    static AffinePermutation random(long space, SplittableRandom r) {
        long factor;
        do {
            factor = 1 + r.nextLong(space - 1);
        } while (gcd(factor, space) != 1);
        return new AffinePermutation(space, factor, r.nextLong(space));
    }

    /** The image of {@code x mod space}. */
    long apply(long x) {
        return Math.floorMod((x % space) * factor + shift, space);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
