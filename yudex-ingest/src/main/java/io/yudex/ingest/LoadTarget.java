package io.yudex.ingest;

import io.yudex.data.ColumnType;
import io.yudex.data.LoadMode;
import io.yudex.data.TableSchema;
import java.util.List;
import java.util.Objects;

/**
 * What a load fills: the table's columns with their catalog names, labels and rules, in table column order.
 *
 * @param schema   the table
 * @param labels   each column's Chinese label (a source column may be named by label), same order as the schema
 * @param required whether each column must have a value (key columns always must)
 */
public record LoadTarget(TableSchema schema, List<String> labels, List<Boolean> required) {

    public LoadTarget {
        Objects.requireNonNull(schema, "schema");
        labels = List.copyOf(labels);
        required = List.copyOf(required);
        if (labels.size() != schema.columns().size() || required.size() != schema.columns().size()) {
            throw new IllegalArgumentException("labels and required flags must match the " + schema.columns().size() + " columns");
        }
    }

    int size() {
        return labels.size();
    }

    String name(int i) {
        return schema.columns().get(i).name();
    }

    String label(int i) {
        return labels.get(i);
    }

    ColumnType type(int i) {
        return schema.columns().get(i).type();
    }

    boolean key(int i) {
        return schema.columns().get(i).key();
    }

    /** A delete names rows by key alone; other loads need every required and key column. */
    boolean required(int i, LoadMode mode) {
        return mode == LoadMode.DELETE ? key(i) : required.get(i) || key(i);
    }
}
