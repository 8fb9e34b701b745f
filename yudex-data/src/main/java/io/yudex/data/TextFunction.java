package io.yudex.data;

/**
 * A Java text function that SQL run by {@link DataStore#copy} and {@link DataStore#query} may call, made by
 * {@link DataStore#textFunction}. Close it when the statements using it have run.
 */
public interface TextFunction extends AutoCloseable {

    /** The SQL calling the function on {@code textExpression} (an expression of type VARCHAR); null in, null out. */
    String call(String textExpression);

    @Override
    void close();
}
