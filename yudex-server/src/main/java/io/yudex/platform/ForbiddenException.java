package io.yudex.platform;

/** The caller is known but may not do this to this object (scope rules beyond the role). Maps to 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
