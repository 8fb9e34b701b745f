package io.yudex.data;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBReadableVector;

/**
 * One DuckDB scalar function, {@code yudex_text(VARCHAR value, INTEGER id) → VARCHAR}, that applies the Java function
 * registered under {@code id} to a whole vector of values at a time. DuckDB calls it from its own worker threads, so
 * the functions run in parallel over the row groups of a scan; each must be thread-safe.
 */
final class TextFunctions {

    static final String NAME = "yudex_text";

    private final Map<Integer, UnaryOperator<String>> functions = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    TextFunctions(DuckDBConnection root) throws SQLException {
        try (var builder = DuckDBFunctions.scalarFunction()) {
            builder.withName(NAME)
                    .withParameters(DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER)
                    .withReturnType(DuckDBColumnType.VARCHAR)
                    .withVectorizedFunction((in, out) -> {
                        DuckDBReadableVector values = in.vector(0);
                        DuckDBReadableVector idVector = in.vector(1);
                        long n = in.rowCount();
                        int lastId = Integer.MIN_VALUE;
                        UnaryOperator<String> f = null;
                        for (long i = 0; i < n; i++) {
                            if (values.isNull(i) || idVector.isNull(i)) {
                                out.setNull(i);
                                continue;
                            }
                            int id = idVector.getInt(i);
                            if (id != lastId) {
                                f = functions.get(id);
                                lastId = id;
                                if (f == null) {
                                    throw new IllegalStateException("No text function " + id + " is open");
                                }
                            }
                            String result = f.apply(values.getString(i));
                            if (result == null) {
                                out.setNull(i);
                            } else {
                                out.setString(i, result);
                            }
                        }
                    })
                    .register(root);
        }
    }

    TextFunction open(UnaryOperator<String> function) {
        int id = ids.incrementAndGet();
        functions.put(id, function);
        return new TextFunction() {
            @Override
            public String call(String textExpression) {
                return NAME + "(" + textExpression + ", " + id + ")";
            }

            @Override
            public void close() {
                functions.remove(id);
            }
        };
    }
}
