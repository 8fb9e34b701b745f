package io.yudex.ingest;

import java.util.Arrays;

/**
 * The source line of each staged row, kept as the points where the distance between line and staging index changes
 * (a rejected row, a multi-line record), so a batch whose lines follow its rows costs a few longs, not one per row.
 */
final class SourceLines {

    private long[] seqs = new long[16];
    private long[] offsets = new long[16];
    private int size;

    /** Records that staged row {@code seq} (one greater than the last) came from {@code line}. */
    void add(long seq, long line) {
        long offset = line - seq;
        if (size > 0 && offsets[size - 1] == offset) {
            return;
        }
        if (size == seqs.length) {
            seqs = Arrays.copyOf(seqs, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        seqs[size] = seq;
        offsets[size] = offset;
        size++;
    }

    /** The source line of staged row {@code seq}; -1 when no row was staged. */
    long lineOf(long seq) {
        int i = Arrays.binarySearch(seqs, 0, size, seq);
        int at = i >= 0 ? i : -i - 2;
        return at < 0 ? -1 : seq + offsets[at];
    }
}
