package io.yudex.ingest;

/** The file formats departments send. */
public enum SourceFormat {
    CSV, TSV, XLSX, JSON, NDJSON
}
