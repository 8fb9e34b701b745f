package io.yudex.data;

/** The store failed for a reason outside the caller's input (I/O, engine error). */
public class DataStoreException extends RuntimeException {

    public DataStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
