package io.yudex.data;

/** How a batch changes the current state of its table. */
public enum LoadMode {
    /** The batch becomes the whole current state. */
    FULL_REPLACE,
    /** The batch's rows are added. */
    APPEND,
    /** Rows whose key exists replace the current row; others are added. Needs key columns. */
    UPSERT,
    /** The batch holds keys; current rows with those keys are removed. Needs key columns. */
    DELETE
}
