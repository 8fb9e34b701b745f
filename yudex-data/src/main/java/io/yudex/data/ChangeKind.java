package io.yudex.data;

/** How a row changed between two batches. */
public enum ChangeKind {
    INSERTED, UPDATED, DELETED
}
