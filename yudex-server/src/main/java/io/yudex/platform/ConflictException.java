package io.yudex.platform;

/** The request clashes with the current state (duplicate key, illegal workflow move). Maps to 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
