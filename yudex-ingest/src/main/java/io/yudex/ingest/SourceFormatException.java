package io.yudex.ingest;

/** The source is not readable as its format (binary garbage, wrong encoding, zip bomb, broken JSON). */
public class SourceFormatException extends RuntimeException {

    public SourceFormatException(String message) {
        super(message);
    }

    public SourceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
