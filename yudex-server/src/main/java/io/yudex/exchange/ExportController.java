package io.yudex.exchange;

import io.yudex.data.DataStore;
import io.yudex.identity.Callers;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk export: {@code GET /api/v1/data/{code}/export?format=csv|ndjson|parquet|xlsx&<filters>&fields=&sort=} for a
 * department holding an EXPORT grant. The headers say the data version ({@code X-Data-Version}), the row count
 * ({@code X-Row-Count}), the masked items ({@code X-Masked-Items}) and the grants used ({@code X-Grant-Ids}).
 */
@RestController
class ExportController {

    private final DataExport exports;
    private final DataStore store;

    ExportController(DataExport exports, DataStore store) {
        this.exports = exports;
        this.store = store;
    }

    @GetMapping("/api/v1/data/{classification}/{sequence}/export")
    @PreAuthorize("isAuthenticated()")
    void export(@PathVariable String classification, @PathVariable String sequence, @RequestParam Map<String, String> params,
            HttpServletResponse response) throws IOException {
        try (ExportFile export = exports.export(classification + "/" + sequence, params, Callers.current())) {
            response.setContentType(export.format().contentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(classification + "-" + sequence + "-v" + export.version() + "." + export.format().extension(), StandardCharsets.UTF_8)
                    .build().toString());
            response.setHeader("X-Data-Version", String.valueOf(export.version()));
            response.setHeader("X-Row-Count", String.valueOf(export.rows()));
            response.setHeader("X-Masked-Items", String.join(",", export.masked()));
            response.setHeader("X-Grant-Ids", export.grantIds().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
            OutputStream out = response.getOutputStream();
            if (export.format() == ExportFormat.XLSX) {
                XlsxExport.write(store, export, out);
            } else {
                response.setContentLengthLong(Files.size(export.file()));
                Files.copy(export.file(), out);
            }
            out.flush();
        }
    }
}
