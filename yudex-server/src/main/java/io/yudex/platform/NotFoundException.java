package io.yudex.platform;

/** The addressed thing does not exist, or the caller may not know that it exists. Maps to 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
