package io.yudex.ingest.batch;

/** Where a batch's rows came from. */
public enum BatchSource {
    FILE, PUSH, JDBC, ROLLBACK
}
