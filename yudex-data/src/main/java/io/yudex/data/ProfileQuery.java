package io.yudex.data;

import static io.yudex.data.DuckDbDataStore.q;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile of the row versions one batch introduced. A batch whose columns were sketched while staged takes one
 * cheap scan (see {@link #profile(List, int, Map)}); any other, set-based in DuckDB in two scans whatever the number of
 * columns: one for rows, nulls, the distinct estimate (HyperLogLog, {@code approx_count_distinct}), minimum, maximum
 * and the candidate frequent values ({@code approx_top_k}); one that counts those candidates exactly. On 1M generated
 * population rows (7 columns) the first scan takes ≈0.30 s against ≈0.40–0.55 s for grouping every column exactly,
 * nearly all of which went on the near-unique columns (identity number, address).
 */
final class ProfileQuery {

    /** Figures per column in the first scan: non-null count, distinct estimate, min, max, frequent candidates. */
    private static final int FIGURES = 5;

    private final Connection connection;
    private final String table;
    private final long batchId;

    ProfileQuery(Connection connection, String table, long batchId) {
        this.connection = connection;
        this.table = table;
        this.batchId = batchId;
    }

    List<ColumnProfile> profile(List<String> columns, int top) throws SQLException {
        if (columns.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT count(*)");
        for (String c : columns) {
            sql.append(", count(").append(q(c)).append("), approx_count_distinct(").append(q(c)).append("), min(").append(q(c))
                    .append(")::VARCHAR, max(").append(q(c)).append(")::VARCHAR, approx_top_k(").append(q(c)).append(", ").append(top)
                    .append(")::VARCHAR[]");
        }
        sql.append(" FROM ").append(q(table)).append(" WHERE _v_from = ").append(batchId);
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            long rows = rs.getLong(1);
            List<Figures> figures = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                int at = 2 + i * FIGURES;
                long nonNull = rs.getLong(at);
                figures.add(new Figures(columns.get(i), rows - nonNull, Math.min(rs.getLong(at + 1), nonNull), rs.getString(at + 2),
                        rs.getString(at + 3), nonNull == 0 ? List.of() : candidates(rs.getArray(at + 4))));
            }
            Map<String, Map<String, Long>> counts = countCandidates(figures);
            return figures.stream().map(f -> f.profile(rows, counts.getOrDefault(f.column, Map.of()), top)).toList();
        }
    }

    /**
     * The profile from the sketches the staging thread gathered (see {@link ColumnSketch}) and one cheap scan: rows,
     * nulls, minimum and maximum from DuckDB (exact, in its own ordering and text forms), except a VARCHAR column's
     * minimum and maximum, which the sketch kept in DuckDB's ordering (decompressing every string for them was a
     * quarter of the profile's cost); the distinct estimate and the frequent-value candidates from the sketches; the
     * candidates' exact counts from the sketch when the column never overflowed it, otherwise counted by a second
     * query that looks the candidates up ({@code IN}, which DuckDB pushes into the scan) instead of testing every row
     * against each of them (on 1M population rows, 0.05 CPU-s against 0.23).
     *
     * @param sketches by column name; a column without one holds no value of this batch
     */
    List<ColumnProfile> profile(List<String> columns, int top, Map<String, ColumnSketch> sketches) throws SQLException {
        if (columns.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT count(*)");
        List<String> params = new ArrayList<>();
        Map<String, List<ColumnSketch.Candidate>> candidates = new HashMap<>();
        List<String> lookups = new ArrayList<>();
        List<String> lookupParams = new ArrayList<>();
        for (String c : columns) {
            ColumnSketch sketch = sketches.get(c);
            sql.append(", count(").append(q(c)).append(")");
            if (sketch == null || sketch.type() != ColumnType.VARCHAR) {
                sql.append(", min(").append(q(c)).append(")::VARCHAR, max(").append(q(c)).append(")::VARCHAR");
            }
            if (sketch == null) {
                continue;
            }
            List<ColumnSketch.Candidate> list = sketch.candidates(top);
            candidates.put(c, list);
            String value = sketch.type() == ColumnType.VARCHAR ? "?" : "CAST(? AS " + DuckDbDataStore.sqlType(sketch.type()) + ")";
            for (ColumnSketch.Candidate candidate : list) {
                sql.append(", ").append(value).append("::VARCHAR");
                params.add(StageEncoder.text(candidate.value()));
            }
            if (!sketch.exact() && !list.isEmpty()) {
                lookups.add("SELECT ? AS c, " + q(c) + "::VARCHAR AS v, count(*) AS n FROM " + q(table) + " WHERE _v_from = " + batchId
                        + " AND " + q(c) + " IN (" + String.join(", ", java.util.Collections.nCopies(list.size(), value)) + ") GROUP BY 2");
                lookupParams.add(c);
                list.forEach(candidate -> lookupParams.add(StageEncoder.text(candidate.value())));
            }
        }
        sql.append(" FROM ").append(q(table)).append(" WHERE _v_from = ").append(batchId);
        Map<String, Map<String, Long>> looked = lookups.isEmpty() ? Map.of() : query(String.join(" UNION ALL ", lookups), lookupParams);
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long rows = rs.getLong(1);
                int at = 2;
                List<ColumnProfile> out = new ArrayList<>();
                for (String c : columns) {
                    ColumnSketch sketch = sketches.get(c);
                    long nonNull = rs.getLong(at++);
                    String min;
                    String max;
                    if (sketch == null || sketch.type() != ColumnType.VARCHAR) {
                        min = rs.getString(at++);
                        max = rs.getString(at++);
                    } else {
                        min = sketch.min();
                        max = sketch.max();
                    }
                    Map<String, Long> counts = new HashMap<>();
                    for (ColumnSketch.Candidate candidate : candidates.getOrDefault(c, List.of())) {
                        String text = rs.getString(at++);
                        long n = sketch.exact() ? candidate.count() : looked.getOrDefault(c, Map.of()).getOrDefault(text, 0L);
                        if (n > 0) {
                            counts.put(text, n);
                        }
                    }
                    long distinct = sketch == null ? 0 : Math.min(sketch.distinct(), nonNull);
                    out.add(new Figures(c, rows - nonNull, distinct, min, max, List.of()).profile(rows, counts, top));
                }
                return out;
            }
        }
    }

    /** Runs a query of (column, value text, count) rows into counts per column and value. */
    private Map<String, Map<String, Long>> query(String sql, List<?> params) throws SQLException {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
        }
        return counts;
    }

    /** The exact count of each candidate frequent value, per column, in one scan. */
    private Map<String, Map<String, Long>> countCandidates(List<Figures> figures) throws SQLException {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Figures f : figures) {
            if (f.candidates.isEmpty()) {
                continue;
            }
            parts.add("SELECT ? AS c, " + q(f.column) + "::VARCHAR AS v, count(*) AS n FROM " + q(table) + " WHERE _v_from = " + batchId
                    + " AND " + q(f.column) + "::VARCHAR IN (" + String.join(", ", java.util.Collections.nCopies(f.candidates.size(), "?"))
                    + ") GROUP BY 2");
            params.add(f.column);
            params.addAll(f.candidates);
        }
        return parts.isEmpty() ? new HashMap<>() : query(String.join(" UNION ALL ", parts), params);
    }

    private static List<String> candidates(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            if (o != null) {
                values.add(o.toString());
            }
        }
        return values;
    }

    /** What the first scan found for one column. */
    private record Figures(String column, long nulls, long distinct, String min, String max, List<String> candidates) {

        ColumnProfile profile(long rows, Map<String, Long> counts, int top) {
            List<ColumnProfile.ValueCount> frequent = counts.entrySet().stream()
                    .map(e -> new ColumnProfile.ValueCount(e.getKey(), e.getValue()))
                    .sorted(java.util.Comparator.comparingLong(ColumnProfile.ValueCount::count).reversed()
                            .thenComparing(ColumnProfile.ValueCount::value))
                    .limit(top).toList();
            return new ColumnProfile(column, rows, nulls, distinct, min, max, frequent);
        }
    }
}
