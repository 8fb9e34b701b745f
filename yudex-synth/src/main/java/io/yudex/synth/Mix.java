package io.yudex.synth;

import java.util.SplittableRandom;

/**
 * Derives independent {@link SplittableRandom} streams from (seed, purpose, index), so that any
 * record depends only on the seed and its own index and generation can start at any row.
 */
final class Mix {

    /** What a stream is used for; each purpose gets unrelated values for the same index. */
    enum Purpose {
        TABLES, PERSON, ENTERPRISE, ROW, DEFECT, DEFECT_DETAIL;

        private final long salt = mix64(0x5DEECE66DL * (ordinal() + 1));
    }

    private Mix() {
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as used by SplittableRandom. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed of the stream for {@code index} under {@code purpose}. */
    static long seed(long seed, Purpose purpose, long index) {
        return mix64(mix64(seed ^ purpose.salt) + index);
    }

    /** A fresh stream for {@code index} under {@code purpose}. */
    static SplittableRandom random(long seed, Purpose purpose, long index) {
        return new SplittableRandom(seed(seed, purpose, index));
    }

    /**
     * A draw in {@code [0, bound)} by multiply-shift on 32 random bits: one multiplication instead of
     * the division of {@code nextInt(bound)}. The bias is below {@code bound / 2^32}, nothing for the
     * pool sizes used here.
     */
    static int below(SplittableRandom r, int bound) {
        return (int) (((r.nextInt() & 0xFFFF_FFFFL) * bound) >>> 32);
    }

    /** A stream for a dataset-specific purpose: {@code salt} separates datasets sharing a purpose. */
    static SplittableRandom random(long seed, Purpose purpose, int salt, long index) {
        return new SplittableRandom(seed(seed ^ mix64(salt + 1L), purpose, index));
    }
}
