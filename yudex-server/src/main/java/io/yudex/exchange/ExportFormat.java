package io.yudex.exchange;

import io.yudex.platform.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** The formats of a bulk export. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    NDJSON("application/x-ndjson", "ndjson"),
    PARQUET("application/vnd.apache.parquet", "parquet"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** @throws InvalidInputException naming the formats, for anything else (null included) */
    static ExportFormat parse(String text) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> InvalidInputException.of("format", "must be one of csv, ndjson, parquet, xlsx"));
    }
}
