package io.yudex.data;

/**
 * Screens a batch's staged rows inside its transaction, after the last row and before the commit: the rows it holds
 * back never become visible, and the batch stays atomic (an exception from the gate rolls the whole batch back).
 * Deletes are not screened: they stage keys only.
 */
@FunctionalInterface
public interface BatchGate {

    /** Holds nothing back. */
    BatchGate NONE = rows -> new long[0];

    /**
     * @return the {@code _seq} (staging index) of each row to hold back, in any order, duplicates allowed; never null
     * @throws RuntimeException to abort the batch; nothing of it is applied
     */
    long[] holdBack(StagedRows rows);
}
