package io.yudex.exchange;

/** How a consumer may use granted data. */
public enum AccessMode {
    /** Interface queries, e.g. verifying one person by ID number. */
    QUERY,
    /** Bulk export of the granted rows. */
    EXPORT,
    /** The feed of changes after each batch. */
    FEED
}
