package io.yudex.ingest.batch;

import io.yudex.data.LoadMode;
import java.time.Instant;

/** A batch as the API shows it, with its progress at the time of asking. */
public record BatchView(long id, String resourceCode, BatchSource source, String sourceName, String format, LoadMode mode, String status,
        long rowsRead, long rowsLoaded, long rowsRejected, long rowsInserted, long rowsClosed, Long bytesTotal, long bytesRead,
        Batch.Progress progress, String checksum, String createdBy, Instant startedAt, Instant finishedAt, String message) {

    public static BatchView of(Batch b, Instant now) {
        return new BatchView(b.id(), b.resourceCode(), b.source(), b.sourceName(), b.format(), b.mode(), b.status().name(), b.rowsRead(),
                b.rowsLoaded(), b.rowsRejected(), b.rowsInserted(), b.rowsClosed(), b.bytesTotal(), b.bytesRead(), b.progress(now),
                b.checksum(), b.createdBy(), b.startedAt(), b.finishedAt(), b.message());
    }
}
