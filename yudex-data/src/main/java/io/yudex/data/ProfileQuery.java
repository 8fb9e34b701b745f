package io.yudex.data;

import static io.yudex.data.DuckDbDataStore.q;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The profile of the row versions one batch introduced, set-based in DuckDB: one scan for every column's counts,
 * estimate of distinct values, minimum and maximum, then one aggregation per column for its most frequent values,
 * grouped on the column's own type so only the winners are cast to text. Measured on 1M population rows: ≈1.2 s of
 * CPU, nearly all of it the per-column aggregations of the near-unique columns (identity number, address); one
 * GROUPING SETS query for all columns was 3× slower, and grouping on a 64-bit hash first saved too little (≈0.1 s a
 * column) to pay for the exact re-count it needs.
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
        StringBuilder sql = new StringBuilder("SELECT count(*)");
        for (String col : columns) {
            String c = q(col);
            sql.append(", count(").append(c).append("), approx_count_distinct(").append(c).append("), min(").append(c)
                    .append(")::VARCHAR, max(").append(c).append(")::VARCHAR");
        }
        List<ColumnProfile> stats = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql + from())) {
            rs.next();
            long rows = rs.getLong(1);
            for (int i = 0; i < columns.size(); i++) {
                int at = 2 + i * 4;
                stats.add(new ColumnProfile(columns.get(i), rows, rows - rs.getLong(at), rs.getLong(at + 1), rs.getString(at + 2),
                        rs.getString(at + 3), List.of()));
            }
        }
        List<ColumnProfile> out = new ArrayList<>();
        for (ColumnProfile p : stats) {
            out.add(new ColumnProfile(p.column(), p.rows(), p.nulls(), p.distinct(), p.min(), p.max(), frequent(p.column(), top)));
        }
        return out;
    }

    /** The most frequent non-null values, ties in text order. */
    private List<ColumnProfile.ValueCount> frequent(String column, int top) throws SQLException {
        String c = q(column);
        List<ColumnProfile.ValueCount> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet t = s.executeQuery("SELECT v::VARCHAR, n FROM (SELECT " + c + " AS v, count(*) AS n" + from() + " AND " + c
                + " IS NOT NULL GROUP BY 1) ORDER BY n DESC, v::VARCHAR LIMIT " + top)) {
            while (t.next()) {
                out.add(new ColumnProfile.ValueCount(t.getString(1), t.getLong(2)));
            }
        }
        return List.copyOf(out);
    }

    private String from() {
        return " FROM " + q(table) + " WHERE _v_from = " + batchId;
    }
}
