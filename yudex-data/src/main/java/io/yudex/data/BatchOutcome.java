package io.yudex.data;

/**
 * What a committed batch did.
 *
 * @param batchId  the batch
 * @param staged   rows the batch carried
 * @param inserted row versions it added
 * @param closed   current row versions it ended (replaced or deleted)
 * @param heldBack staged rows a {@link BatchGate} held back (not applied)
 */
public record BatchOutcome(long batchId, long staged, long inserted, long closed, long heldBack) {

    public BatchOutcome(long batchId, long staged, long inserted, long closed) {
        this(batchId, staged, inserted, closed, 0);
    }
}
