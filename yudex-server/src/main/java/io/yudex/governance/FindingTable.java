package io.yudex.governance;

import java.util.List;

/** Findings as a downloadable table (CSV or XLSX), shared by the API and the console. */
public final class FindingTable {

    public static final List<String> HEADER = List.of("row_key", "batch", "row", "rule", "column", "code", "severity", "message");

    private FindingTable() {}

    public static List<List<String>> rows(List<Finding> findings) {
        return findings.stream().map(f -> List.of(f.rowKey(), String.valueOf(f.batchId()), String.valueOf(f.rowSeq()), String.valueOf(f.rule()),
                f.column(), f.code(), f.severity(), f.message())).toList();
    }
}
