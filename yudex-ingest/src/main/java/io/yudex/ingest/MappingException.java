package io.yudex.ingest;

/** The source's columns do not fit the target (nothing matches, a required column is missing). */
public class MappingException extends RuntimeException {

    public MappingException(String message) {
        super(message);
    }
}
