package io.yudex.standards.identifier;

import java.util.stream.Collectors;

/**
 * Thrown by the {@code parse} factories when input is not a valid identifier. Code that handles
 * untrusted input should call {@code validate} instead and get the problems as a value.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private final transient ValidationResult result;

    /**
     * @param kind   human name of the identifier, e.g. "citizen ID number"
     * @param result an invalid result; its error messages become this exception's message
     */
    public InvalidIdentifierException(String kind, ValidationResult result) {
        super("Invalid " + kind + ": " + result.errors().stream()
                .map(Problem::toString).collect(Collectors.joining("; ")));
        this.result = result;
    }

    /** The full validation outcome, including warnings. */
    public ValidationResult result() {
        return result;
    }
}
