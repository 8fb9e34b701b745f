package io.yudex.ingest.batch;

import io.yudex.platform.InvalidInputException;
import io.yudex.platform.TableDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** A batch's quarantine as a CSV (UTF-8 with BOM) or XLSX download, for the API and the console alike. */
public final class RejectDownload {

    private static final List<String> HEADER = List.of("line", "column", "value", "reason");

    private RejectDownload() {}

    /** @throws InvalidInputException naming {@code format} when it is neither csv nor xlsx */
    public static void send(long batchId, List<Reject> rejects, String format, HttpServletResponse response) throws IOException {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw InvalidInputException.of("format", "must be csv or xlsx");
        }
        List<List<String>> cells = rejects.stream()
                .map(r -> List.of(String.valueOf(r.line()), nz(r.column()), nz(r.value()), r.reason())).toList();
        TableDownload.send(HEADER, cells, format, "batch-" + batchId + "-rejects", "rejects", response);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
