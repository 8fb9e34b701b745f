package io.yudex.data;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shape of one resource table.
 *
 * @param table   lower-case identifier of the table ({@code [a-z][a-z0-9_]*})
 * @param columns the data columns in load order; names unique
 */
public record TableSchema(String table, List<Column> columns) {

    public TableSchema {
        if (table == null || !Column.NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("Table name must match [a-z][a-z0-9_]{0,63}, was: " + table);
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Table " + table + " needs at least one column");
        }
        Set<String> names = new HashSet<>();
        for (Column c : columns) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("Duplicate column " + c.name() + " in table " + table);
            }
        }
    }

    public List<Column> keyColumns() {
        return columns.stream().filter(Column::key).toList();
    }

    public boolean hasKey() {
        return columns.stream().anyMatch(Column::key);
    }
}
