package io.yudex.data;

/** The file formats {@link DataStore#copy} writes, each with DuckDB's own writer. */
public enum CopyFormat {
    /** RFC 4180 CSV with a header line, LF line ends. */
    CSV("FORMAT csv, HEADER true"),
    /** CSV without a header line, CRLF line ends (the open-data downloads add their own header). */
    CSV_BODY_CRLF("FORMAT csv, HEADER false, NEW_LINE '\\r\\n'"),
    /** One JSON object per line. */
    NDJSON("FORMAT json"),
    /** One JSON array of objects. */
    JSON_ARRAY("FORMAT json, ARRAY true"),
    /** Apache Parquet, Snappy-compressed. */
    PARQUET("FORMAT parquet, COMPRESSION snappy");

    private final String options;

    CopyFormat(String options) {
        this.options = options;
    }

    String options() {
        return options;
    }
}
