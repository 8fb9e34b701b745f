package io.yudex.ingest;

import java.util.List;

/**
 * One record read from a source.
 *
 * @param line    1-based line (CSV/TSV/NDJSON), row (XLSX) or element (JSON array) number in the source, for
 *                quarantine reports
 * @param values  the raw text of each field, aligned with {@link RowSource#header()}; null for an absent field
 * @param problem why the record is malformed (e.g. "has 5 fields, the header has 7"), or null when it is well-formed;
 *                a malformed record is quarantined, never silently dropped or padded
 */
public record SourceRecord(long line, List<String> values, String problem) {

    public static SourceRecord malformed(long line, List<String> values, String problem) {
        return new SourceRecord(line, values, problem);
    }

    public boolean wellFormed() {
        return problem == null;
    }
}
