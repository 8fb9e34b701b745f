package io.yudex.data;

import static io.yudex.data.DuckDbDataStore.q;
import static io.yudex.data.DuckDbDataStore.visible;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The changes between the state after a batch and the current state. With key columns it compares the two states
 * key by key (so a row loaded again unchanged is no change); without, it lists row versions added and ended.
 */
final class ChangeQuery {

    private final Connection connection;
    private final String table;
    private final List<String> columns;
    private final List<String> keys;

    ChangeQuery(Connection connection, String table, List<String> columns, List<String> keys) {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        this.keys = keys;
    }

    List<RowChange> since(long batch, int limit) throws SQLException {
        return keys.isEmpty() ? versions(batch, null, 0, limit) : byKey(batch, null, 0, limit);
    }

    /**
     * The changes from the state after {@code batch} to the state after {@code upTo}, in a total order (batch, load
     * order, key), so that the same arguments always give the same page.
     */
    List<RowChange> between(long batch, long upTo, long offset, int limit) throws SQLException {
        return keys.isEmpty() ? versions(batch, upTo, offset, limit) : byKey(batch, upTo, offset, limit);
    }

    private List<RowChange> byKey(long batch, Long upTo, long offset, int limit) throws SQLException {
        String then = "(SELECT * FROM " + q(table) + " WHERE " + visible(batch) + ")";
        String now = "(SELECT * FROM " + q(table) + " WHERE " + visible(upTo) + ")";
        String join = keys.stream().map(k -> "o." + q(k) + " IS NOT DISTINCT FROM n." + q(k)).collect(Collectors.joining(" AND "));
        String differs = columns.stream().map(c -> "o." + q(c) + " IS DISTINCT FROM n." + q(c)).collect(Collectors.joining(" OR "));
        String sql = "SELECT CASE WHEN o._v_from IS NULL THEN 'INSERTED' WHEN n._v_from IS NULL THEN 'DELETED' ELSE 'UPDATED' END AS kind, "
                + "COALESCE(n._v_from, " + (upTo == null ? "(SELECT MAX(batch_id) FROM " + DuckDbDataStore.META + " WHERE table_name = '" + table + "')"
                        : "o._v_to") + ") AS changed_in, "
                + columns.stream().map(c -> "o." + q(c) + " AS " + q("o_" + c) + ", n." + q(c) + " AS " + q("n_" + c)).collect(Collectors.joining(", "))
                + " FROM " + then + " o FULL OUTER JOIN " + now + " n ON " + join
                + " WHERE o._v_from IS NULL OR n._v_from IS NULL OR " + differs
                + " ORDER BY changed_in, n._seq NULLS LAST, o._seq NULLS LAST, "
                + keys.stream().map(k -> "COALESCE(n." + q(k) + ", o." + q(k) + ")").collect(Collectors.joining(", "))
                + " LIMIT " + limit + " OFFSET " + offset;
        List<RowChange> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ChangeKind kind = ChangeKind.valueOf(rs.getString("kind"));
                Map<String, Object> key = new LinkedHashMap<>();
                Map<String, Object> values = kind == ChangeKind.DELETED ? null : new LinkedHashMap<>();
                String side = kind == ChangeKind.DELETED ? "o_" : "n_";
                for (String k : keys) {
                    key.put(k, Values.fromJdbc(rs.getObject(side + k)));
                }
                if (values != null) {
                    for (String c : columns) {
                        values.put(c, Values.fromJdbc(rs.getObject("n_" + c)));
                    }
                }
                out.add(new RowChange(kind, key, values, rs.getLong("changed_in")));
            }
        }
        return out;
    }

    private List<RowChange> versions(long batch, Long upTo, long offset, int limit) throws SQLException {
        String cols = columns.stream().map(DuckDbDataStore::q).collect(Collectors.joining(", "));
        String sql = "SELECT * FROM (SELECT 'INSERTED' AS kind, _v_from AS changed_in, _seq, _v_from AS v, " + cols + " FROM " + q(table)
                + " WHERE _v_from > " + batch + " AND " + visible(upTo)
                + " UNION ALL SELECT 'DELETED', _v_to, _seq, _v_from, " + cols + " FROM " + q(table)
                + " WHERE _v_from <= " + batch + " AND _v_to IS NOT NULL AND _v_to > " + batch + (upTo == null ? "" : " AND _v_to <= " + upTo)
                + ") ORDER BY changed_in, _seq, v, kind LIMIT " + limit + " OFFSET " + offset;
        List<RowChange> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (String c : columns) {
                    values.put(c, Values.fromJdbc(rs.getObject(c)));
                }
                ChangeKind kind = ChangeKind.valueOf(rs.getString("kind"));
                out.add(new RowChange(kind, Map.of(), kind == ChangeKind.DELETED ? null : values, rs.getLong("changed_in")));
            }
        }
        return out;
    }
}
