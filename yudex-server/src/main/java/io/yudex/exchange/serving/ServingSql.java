package io.yudex.exchange.serving;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SELECT of a serving query. Identifiers come only from the table's own columns (anything else is refused
 * before SQL is written); every value is a bound parameter.
 */
final class ServingSql {

    private ServingSql() {}

    static String select(ServedTable table, String tableName, ServingQuery q, List<Object> args) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String c : q.columns()) {
            sql.append(col(table, c)).append(", ");
        }
        sql.append("_pos FROM ").append(tableName).append(" WHERE 1 = 1");
        for (Filter f : q.filters()) {
            sql.append(" AND ").append(condition(table, f, args));
        }
        if (q.regionPrefixes() != null) {
            String region = col(table, table.regionColumn());
            sql.append(" AND (").append(q.regionPrefixes().isEmpty() ? "1 = 0" : q.regionPrefixes().stream().map(p -> {
                args.add(likePrefix(p));
                return region + " LIKE ? ESCAPE '\\'";
            }).collect(Collectors.joining(" OR "))).append(")");
        }
        if (q.after() != null) {
            sql.append(" AND ").append(keyset(table, q, args));
        }
        sql.append(" ORDER BY ");
        if (q.sort() != null) {
            sql.append(col(table, q.sort().item())).append(q.sort().descending() ? " DESC" : " ASC").append(" NULLS LAST, ");
        }
        sql.append("_pos LIMIT ").append(q.limit() + 1);
        return sql.toString();
    }

    /** Rows after the position in the order {@code sort [ASC|DESC] NULLS LAST, _pos}. */
    private static String keyset(ServedTable table, ServingQuery q, List<Object> args) {
        ServingQuery.Position at = q.after();
        if (q.sort() == null) {
            args.add(at.pos());
            return "_pos > ?";
        }
        String c = col(table, q.sort().item());
        if (at.sortValue() == null) {
            args.add(at.pos());
            return "(" + c + " IS NULL AND _pos > ?)";
        }
        args.add(at.sortValue());
        args.add(at.sortValue());
        args.add(at.pos());
        return "(" + c + (q.sort().descending() ? " < ?" : " > ?") + " OR (" + c + " = ? AND _pos > ?) OR " + c + " IS NULL)";
    }

    private static String condition(ServedTable table, Filter f, List<Object> args) {
        String c = col(table, f.item());
        return switch (f.op()) {
            case EQ -> {
                args.add(f.values().getFirst());
                yield c + " = ?";
            }
            case IN -> {
                args.addAll(f.values());
                yield c + " IN (" + f.values().stream().map(v -> "?").collect(Collectors.joining(", ")) + ")";
            }
            case RANGE -> {
                Object from = f.values().get(0);
                Object to = f.values().get(1);
                StringBuilder s = new StringBuilder("(1 = 1");
                if (from != null) {
                    args.add(from);
                    s.append(" AND ").append(c).append(" >= ?");
                }
                if (to != null) {
                    args.add(to);
                    s.append(" AND ").append(c).append(" <= ?");
                }
                yield s.append(")").toString();
            }
            case PREFIX -> {
                args.add(likePrefix((String) f.values().getFirst()));
                yield c + " LIKE ? ESCAPE '\\'";
            }
        };
    }

    /** {@code 41_%} → {@code 41\_\%%}: the prefix matches itself only. */
    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String col(ServedTable table, String item) {
        return table.column(item).orElseThrow(() -> new IllegalArgumentException("not a served column: " + item)).quoted();
    }

    /** JDBC values as the data store gives them (dates as LocalDate, integers as Long, …). */
    static Object value(Object v) {
        return switch (v) {
            case Date d -> d.toLocalDate();
            case Timestamp t -> t.toLocalDateTime();
            case Integer i -> i.longValue();
            case null, default -> v;
        };
    }
}
