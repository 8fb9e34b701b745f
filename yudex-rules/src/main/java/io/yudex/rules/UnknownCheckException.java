package io.yudex.rules;

/**
 * A request named a check, transform or identifier type that does not exist, or gave it bad
 * parameters. A client error: map it to 400.
 */
public class UnknownCheckException extends IllegalArgumentException {

    public UnknownCheckException(String message) {
        super(message);
    }
}
