package io.yudex.ingest.batch;

/**
 * Published after a batch's rows became the current state of a resource's table: a serving copy (the exchange's
 * indexed row store), rules and profiles follow from here.
 */
public record BatchCommitted(long batchId, String resourceCode, String table, long rowsInserted, long rowsClosed) {}
