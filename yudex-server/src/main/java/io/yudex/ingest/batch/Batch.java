package io.yudex.ingest.batch;

import io.yudex.data.LoadMode;
import java.time.Duration;
import java.time.Instant;

/**
 * One load of a resource's data. Invariant once finished: {@code rowsRead = rowsLoaded + rowsRejected}.
 *
 * @param bytesTotal size of the source file, null for pushed rows
 */
public record Batch(
        long id,
        String resourceCode,
        BatchSource source,
        String sourceName,
        String format,
        LoadMode mode,
        String createdBy,
        Instant startedAt,
        Instant finishedAt,
        BatchStatus status,
        long rowsRead,
        long rowsLoaded,
        long rowsRejected,
        long rowsInserted,
        long rowsClosed,
        Long bytesTotal,
        long bytesRead,
        String checksum,
        String message) {

    /** Progress for a running load; the rate and ETA are computed over the time since it started. */
    public record Progress(Double percent, double rowsPerSecond, Long etaSeconds) {}

    public Progress progress(Instant now) {
        Instant end = finishedAt == null ? now : finishedAt;
        double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        double rate = rowsRead / seconds;
        Double percent = bytesTotal == null || bytesTotal == 0 ? null
                : status.finished() ? 100.0 : Math.min(99.9, 100.0 * bytesRead / bytesTotal);
        Long eta = percent == null || percent <= 0 || status.finished() ? null
                : Math.round(seconds * (100 - percent) / percent);
        return new Progress(percent, rate, eta);
    }
}
