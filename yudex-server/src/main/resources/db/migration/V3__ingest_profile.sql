-- Per-column profile of each committed batch, with the kind of personal or sensitive data detected in it.
CREATE TABLE ingest_profile (
    batch_id       BIGINT        NOT NULL REFERENCES ingest_batch (id) ON DELETE CASCADE,
    column_name    VARCHAR(64)   NOT NULL,
    rows_count     BIGINT        NOT NULL,
    nulls          BIGINT        NOT NULL,
    distinct_count BIGINT        NOT NULL,
    min_value      VARCHAR(200),
    max_value      VARCHAR(200),
    top_values     VARCHAR(4000) NOT NULL,
    detected_kind  VARCHAR(32),
    detected_share DOUBLE PRECISION,
    PRIMARY KEY (batch_id, column_name)
);
