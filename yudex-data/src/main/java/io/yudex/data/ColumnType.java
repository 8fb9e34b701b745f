package io.yudex.data;

/** Engine-neutral column types; each store maps them to its own SQL types. */
public enum ColumnType {
    VARCHAR, BIGINT, DECIMAL, DOUBLE, DATE, TIMESTAMP, BOOLEAN, BLOB
}
