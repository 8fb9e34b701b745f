package io.yudex.ingest;

/** A source that is not a file could not be read: its database refused the query, went away or timed out. */
public class SourceUnavailableException extends RuntimeException {

    public SourceUnavailableException(String message) {
        super(message);
    }

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
