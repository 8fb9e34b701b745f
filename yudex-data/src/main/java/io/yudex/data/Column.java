package io.yudex.data;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A column of a resource table.
 *
 * @param name lower-case identifier ({@code [a-z][a-z0-9_]*}, at most 64 characters, not starting with '_',
 *             which is reserved for the store's own columns)
 * @param type engine-neutral type
 * @param key  part of the row key used by upserts and deletes
 */
public record Column(String name, ColumnType type, boolean key) {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public Column {
        Objects.requireNonNull(type, "type");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Column name must match [a-z][a-z0-9_]{0,63}, was: " + name);
        }
    }
}
