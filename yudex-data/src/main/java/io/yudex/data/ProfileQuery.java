package io.yudex.data;

import static io.yudex.data.DuckDbDataStore.q;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The profile of the row versions one batch introduced, set-based in DuckDB: one aggregation per column, grouped on
 * the column's own type, from which every figure follows (rows, nulls, distinct values, minimum, maximum and the most
 * frequent values, only those cast to text). Measured on 1M population rows: ≈1.0 s of CPU against ≈1.4 s for a
 * statistics scan plus a top-values aggregation per column, nearly all of it the grouping of the near-unique columns
 * (identity number, address); one GROUPING SETS query for all columns was 3× slower, and grouping on a 64-bit hash
 * first saved too little (≈0.1 s a column) to pay for the exact re-count it needs.
 */
final class ProfileQuery {

    private final Connection connection;
    private final String table;
    private final long batchId;

    ProfileQuery(Connection connection, String table, long batchId) {
        this.connection = connection;
        this.table = table;
        this.batchId = batchId;
    }

    List<ColumnProfile> profile(List<String> columns, int top) throws SQLException {
        List<ColumnProfile> out = new ArrayList<>();
        for (String column : columns) {
            out.add(column(column, top));
        }
        return out;
    }

    /** One row per frequent value (or one row without a value), each carrying the column's statistics. */
    private ColumnProfile column(String column, int top) throws SQLException {
        String sql = "WITH g AS MATERIALIZED (SELECT " + q(column) + " AS v, count(*) AS n FROM " + q(table) + " WHERE _v_from = " + batchId
                + " GROUP BY 1), s AS (SELECT coalesce(sum(n), 0) AS total, coalesce(sum(n) FILTER (WHERE v IS NULL), 0) AS nulls, "
                + "count(v) AS distinct_values, min(v)::VARCHAR AS lo, max(v)::VARCHAR AS hi FROM g), "
                + "k AS (SELECT v::VARCHAR AS v, n FROM g WHERE v IS NOT NULL ORDER BY n DESC, v::VARCHAR LIMIT " + top + ") "
                + "SELECT s.*, k.v, k.n FROM s LEFT JOIN k ON true ORDER BY k.n DESC, k.v";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<ColumnProfile.ValueCount> frequent = new ArrayList<>();
            rs.next();
            long rows = rs.getLong(1);
            long nulls = rs.getLong(2);
            long distinct = rs.getLong(3);
            String min = rs.getString(4);
            String max = rs.getString(5);
            do {
                if (rs.getString(6) != null) {
                    frequent.add(new ColumnProfile.ValueCount(rs.getString(6), rs.getLong(7)));
                }
            } while (rs.next());
            return new ColumnProfile(column, rows, nulls, distinct, min, max, List.copyOf(frequent));
        }
    }
}
