package io.yudex.ingest.batch;

/** A quarantined row: where it was in the source, which column, the raw value and why it was refused. */
public record Reject(long line, String column, String value, String reason) {}
