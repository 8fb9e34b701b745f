package io.yudex.ingest.pull;

/** How a pull picks the rows to read. */
public enum Incremental {
    /** Every row, every time. */
    NONE,
    /** Rows whose increasing key is above the last pull's largest key (append-only sources); APPEND or UPSERT. */
    KEY,
    /**
     * Rows whose update timestamp is at or after the last pull's latest one. "At" re-reads rows that share the last
     * timestamp, some of which may have been written after the last pull, so the load must be an UPSERT.
     */
    TIMESTAMP
}
