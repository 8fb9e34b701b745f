package io.yudex.rules.check;

/**
 * Answers {@link Check.Reference}: whether a value exists in another resource's column. The
 * server implements it over the data store; tests use a set.
 */
@FunctionalInterface
public interface ReferenceLookup {

    /** Whether {@code value} occurs in {@code column} of {@code resource}. */
    boolean exists(String resource, String column, String value);

    /** A lookup that knows no resource: every reference fails. */
    static ReferenceLookup none() {
        return (resource, column, value) -> false;
    }
}
