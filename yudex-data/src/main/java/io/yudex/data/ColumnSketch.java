package io.yudex.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the profile needs of one column that DuckDB computes expensively, gathered while the staging thread encodes
 * the values anyway: a HyperLogLog distinct estimate and frequent-value candidates (Misra–Gries). Both work on a
 * 64-bit hash of the value's staged bytes. Measured on 1M population rows, DuckDB's {@code approx_count_distinct}
 * and {@code approx_top_k} over 7 columns plus the exact recount of the candidates took ≈0.8 CPU-s, the whole load
 * ≈5; this costs a fraction of that on the staging thread. Not thread-safe; fed by the one staging thread.
 */
final class ColumnSketch {

    /** HyperLogLog precision: 2^14 registers, a standard error of about 0.8 %. */
    private static final int P = 14;
    private static final int M = 1 << P;
    /**
     * Misra–Gries counters: every value occurring in more than 1/(K+1) of the rows survives as a candidate; a column
     * with at most K distinct values is counted exactly (no counter was ever decremented).
     */
    static final int K = 1024;
    private static final int SLOTS = 2 * K;
    /** Distinct values remembered as they first appear, so a near-unique column still offers candidates. */
    private static final int FIRST = 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final ColumnType type;
    private final byte[] registers = new byte[M];
    /** Key and count of each slot side by side ({@code 2 * slot}, {@code 2 * slot + 1}): one cache line per probe. */
    private long[] table = new long[2 * SLOTS];
    private Object[] values = new Object[SLOTS];
    private long[] spareTable = new long[2 * SLOTS];
    private Object[] spareValues = new Object[SLOTS];
    private int size;
    private boolean decremented;
    private final List<Object> first = new ArrayList<>();
    private final long[] firstKeys = new long[FIRST];

    ColumnSketch(ColumnType type) {
        this.type = type;
    }

    ColumnType type() {
        return type;
    }

    /** The least and greatest string in UTF-8 byte order (DuckDB's), for VARCHAR columns; null before the first. */
    private String min;
    private String max;

    /** Records a non-null value whose staged form is {@code bytes[from, to)}. */
    void add(Object value, byte[] bytes, int from, int to) {
        if (value instanceof String s) {
            if (min == null) {
                min = s;
                max = s;
            } else if (compareUtf8(s, min) < 0) {
                min = s;
            } else if (compareUtf8(s, max) > 0) {
                max = s;
            }
        }
        long h = hash(bytes, from, to);
        int idx = (int) (h >>> (64 - P));
        byte rank = (byte) (Long.numberOfLeadingZeros((h << P) | (1L << (P - 1))) + 1);
        if (registers[idx] < rank) {
            registers[idx] = rank;
        }
        count(h, value);
    }

    /** The least VARCHAR value added, as DuckDB's {@code min} orders strings (by their UTF-8 bytes); null for none. */
    String min() {
        return min;
    }

    /** The greatest VARCHAR value added (see {@link #min()}); null for none. */
    String max() {
        return max;
    }

    /**
     * Compares as the strings' UTF-8 bytes compare (code point order): UTF-16 order differs only where a surrogate
     * meets a character from U+E000 up.
     */
    static int compareUtf8(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean sx = Character.isSurrogate(x);
                if (sx != Character.isSurrogate(y) && (x >= 0xE000 || y >= 0xE000)) {
                    return sx ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** The number of distinct values: exact while every value has its counter, else the HyperLogLog estimate. */
    long distinct() {
        if (!decremented) {
            return size;
        }
        double sum = 0;
        int zeros = 0;
        for (byte r : registers) {
            sum += 1.0 / (1L << r);
            if (r == 0) {
                zeros++;
            }
        }
        double alpha = 0.7213 / (1 + 1.079 / M);
        double estimate = alpha * M * M / sum;
        if (estimate <= 2.5 * M && zeros > 0) {
            estimate = M * Math.log((double) M / zeros);
        }
        return Math.round(estimate);
    }

    /** Whether {@link #candidates} carries exact counts: the column never had more than {@link #K} distinct values. */
    boolean exact() {
        return !decremented;
    }

    /** Up to {@code n} candidate frequent values, the most counted first, with their (exact when {@link #exact}) counts. */
    List<Candidate> candidates(int n) {
        List<Candidate> out = new ArrayList<>();
        java.util.Map<Candidate, String> texts = new java.util.HashMap<>();
        for (int i = 0; i < SLOTS; i++) {
            if (table[2 * i + 1] > 0) {
                Candidate candidate = new Candidate(values[i], table[2 * i + 1], table[2 * i]);
                out.add(candidate);
                texts.put(candidate, StageEncoder.text(candidate.value()));
            }
        }
        // ties in the order the profile lists them: by value (each value's text made once, not per comparison: a
        // near-unique column ties everywhere)
        out.sort(java.util.Comparator.comparingLong(Candidate::count).reversed().thenComparing(texts::get));
        if (out.size() > n) {
            return List.copyOf(out.subList(0, n));
        }
        for (int i = 0; i < first.size() && out.size() < n; i++) {
            long key = firstKeys[i];
            if (out.stream().noneMatch(c -> c.key() == key)) {
                out.add(new Candidate(first.get(i), 0, key));
            }
        }
        return out;
    }

    /** A candidate frequent value; {@code key} is its hash. */
    record Candidate(Object value, long count, long key) {}

    private void count(long h, Object value) {
        int slot = find(table, h);
        if (table[2 * slot + 1] > 0) {
            table[2 * slot + 1]++;
            return;
        }
        remember(h, value);
        if (size == K) {
            decrementAll();
            return; // the new value's one occurrence cancels against the decrement (Misra–Gries)
        }
        table[2 * slot] = h;
        table[2 * slot + 1] = 1;
        values[slot] = value;
        size++;
    }

    private void remember(long h, Object value) {
        if (first.size() < FIRST) {
            for (int i = 0; i < first.size(); i++) {
                if (firstKeys[i] == h) {
                    return;
                }
            }
            firstKeys[first.size()] = h;
            first.add(value);
        }
    }

    /** Takes one from every counter and rehashes the survivors into the spare tables, which then swap in. */
    private void decrementAll() {
        decremented = true;
        Arrays.fill(spareTable, 0);
        Arrays.fill(spareValues, null);
        size = 0;
        for (int i = 0; i < SLOTS; i++) {
            long count = table[2 * i + 1];
            if (count > 1) {
                int slot = find(spareTable, table[2 * i]);
                spareTable[2 * slot] = table[2 * i];
                spareTable[2 * slot + 1] = count - 1;
                spareValues[slot] = values[i];
                size++;
            }
        }
        long[] t = table;
        Object[] v = values;
        table = spareTable;
        values = spareValues;
        spareTable = t;
        spareValues = v;
    }

    /** The slot holding {@code h}, or the empty slot where it would go (linear probing; the table is never full). */
    private static int find(long[] table, long h) {
        int slot = (int) (h ^ (h >>> 32)) & (SLOTS - 1);
        while (table[2 * slot + 1] > 0 && table[2 * slot] != h) {
            slot = (slot + 1) & (SLOTS - 1);
        }
        return slot;
    }

    /**
     * A 64-bit hash of a byte range, good enough for HyperLogLog: eight bytes at a time with one multiply-rotate
     * round each (as xxHash64's), then a full avalanche (SplitMix64's finalizer).
     */
    static long hash(byte[] b, int from, int to) {
        long h = 0x9E3779B97F4A7C15L ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h ^= Long.rotateLeft((long) LONGS.get(b, i) * 0xC2B2AE3D27D4EB4FL, 31) * 0x9E3779B185EBCA87L;
            h = Long.rotateLeft(h, 27) * 0x9E3779B185EBCA87L + 0x85EBCA77C2B2AE63L;
        }
        long tail = 0;
        for (int shift = 0; i < to; i++, shift += 8) {
            tail |= (b[i] & 0xFFL) << shift;
        }
        h ^= mix(tail);
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
