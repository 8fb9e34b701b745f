package io.yudex.ingest.batch;

import io.yudex.ingest.RowSource;
import java.util.Map;

/**
 * What a batch reads: a saved upload, or a query on a provider's database. The batch calls {@link #open()} once, on
 * its loader thread, and tells the input when it has started and when its rows are committed.
 */
public interface BatchInput {

    /** Shown as the batch's source name (file name, connection and table). */
    String name();

    /** The source format shown on the batch (CSV, XLSX, JDBC, …). */
    String format();

    /** Bytes to read for progress, or null when the source does not know (a query). */
    Long size();

    /** Content checksum that detects a re-submitted file, or null when the input has none. */
    String checksum();

    /** Opens the rows; the batch closes them. Runs on the loader thread. */
    RowSource open();

    /** Source column → data item name or label, or "" to ignore the column; unnamed columns map by name or label. */
    default Map<String, String> columnMapping() {
        return Map.of();
    }

    /** Called once the batch exists, before it reads anything. */
    default void started(long batchId) {}

    /** Called after the batch's rows are committed and before the batch reads as finished. */
    default void committed(long batchId) {}
}
