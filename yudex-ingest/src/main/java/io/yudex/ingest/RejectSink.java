package io.yudex.ingest;

/** Where a load puts the rows it cannot load, one call per problem (a row may have several). */
public interface RejectSink {

    /** @param column the target column, null for a problem of the whole record */
    void reject(long line, String column, String value, String reason);

    /** Writes what is buffered; called once before the batch commits. */
    default void flush() {}
}
