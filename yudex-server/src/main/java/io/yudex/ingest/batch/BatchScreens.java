package io.yudex.ingest.batch;

import io.yudex.catalog.Resource;
import io.yudex.ingest.RowScreen;

/**
 * Screens that hold rows back from a resource's batches before they commit (governance's error-severity rules); the
 * held rows land in the batch's quarantine. Without a bean of this type nothing is held back.
 */
public interface BatchScreens {

    /**
     * The screen for the next batch of {@code resource}, or {@link RowScreen#NONE}.
     *
     * @param maxRows rows past which the screen may stop naming more (the batch fails then anyway)
     */
    RowScreen forBatch(Resource resource, long maxRows);
}
