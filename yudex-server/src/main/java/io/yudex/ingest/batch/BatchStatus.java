package io.yudex.ingest.batch;

import io.yudex.platform.ConflictException;
import java.util.Map;
import java.util.Set;

/** A batch's life: it runs, then ends exactly once. */
public enum BatchStatus {
    RUNNING, SUCCEEDED, FAILED, CANCELLED;

    private static final Map<BatchStatus, Set<BatchStatus>> ALLOWED = Map.of(
            RUNNING, Set.of(SUCCEEDED, FAILED, CANCELLED),
            SUCCEEDED, Set.of(),
            FAILED, Set.of(),
            CANCELLED, Set.of());

    /** @throws ConflictException naming both states when the move is not allowed */
    public BatchStatus transition(BatchStatus target) {
        if (!ALLOWED.get(this).contains(target)) {
            throw new ConflictException("Cannot move a batch from " + this + " to " + target);
        }
        return target;
    }

    public boolean finished() {
        return this != RUNNING;
    }
}
