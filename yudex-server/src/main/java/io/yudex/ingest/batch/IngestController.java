package io.yudex.ingest.batch;

import io.yudex.data.LoadMode;
import io.yudex.data.RowChange;
import io.yudex.identity.Callers;
import io.yudex.ingest.SourceFormat;
import io.yudex.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The data-load API: start a load from a file, follow it, read its quarantine, cancel, roll back, read the data. */
@RestController
@RequestMapping("/api/v1")
class IngestController {

    record RollbackRequest(Long toBatch) {}

    private final BatchService batches;
    private final BatchReruns reruns;
    private final UploadStore uploads;
    private final Clock clock;

    IngestController(BatchService batches, BatchReruns reruns, UploadStore uploads, Clock clock) {
        this.batches = batches;
        this.reruns = reruns;
        this.uploads = uploads;
        this.clock = clock;
    }

    @PostMapping("/catalog/resources/{classification}/{sequence}/batches")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    BatchView load(@PathVariable String classification, @PathVariable String sequence,
            @RequestParam(name = "file", required = false) MultipartFile file, @RequestParam(defaultValue = "FULL_REPLACE") String mode,
            @RequestParam(defaultValue = "false") boolean force, @RequestParam(required = false) String mapping) throws IOException {
        Map<String, String> columns = ColumnMappingParam.parse(mapping);
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "send the data as the multipart part 'file'");
        }
        LoadMode loadMode = mode(mode);
        Upload upload;
        try (InputStream in = file.getInputStream()) {
            upload = uploads.save(in, file.getOriginalFilename(), null);
        }
        return view(batches.load(classification + "/" + sequence, upload, columns, BatchSource.FILE, loadMode, force, Callers.current()));
    }

    /**
     * A provider's system pushes rows: a JSON array of objects ({@code application/json}) or one object per line
     * ({@code application/x-ndjson}), keys being data item names or labels. Same pipeline, same batch contract.
     */
    @PostMapping(value = "/catalog/resources/{classification}/{sequence}/rows",
            consumes = {"application/json", "application/x-ndjson", "application/ndjson"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    BatchView push(@PathVariable String classification, @PathVariable String sequence, @RequestParam(defaultValue = "UPSERT") String mode,
            @RequestParam(defaultValue = "true") boolean force, @RequestParam(required = false) String mapping,
            jakarta.servlet.http.HttpServletRequest request) throws IOException {
        LoadMode loadMode = mode(mode);
        Map<String, String> columns = ColumnMappingParam.parse(mapping);
        boolean ndjson = request.getContentType() != null && request.getContentType().contains("ndjson");
        Upload upload;
        try (InputStream in = request.getInputStream()) {
            upload = uploads.save(in, ndjson ? "pushed.ndjson" : "pushed.json", ndjson ? SourceFormat.NDJSON : SourceFormat.JSON);
        }
        return view(batches.load(classification + "/" + sequence, upload, columns, BatchSource.PUSH, loadMode, force, Callers.current()));
    }

    @GetMapping("/catalog/resources/{classification}/{sequence}/batches")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<BatchView> ofResource(@PathVariable String classification, @PathVariable String sequence) {
        return batches.ofResource(classification + "/" + sequence, Callers.current()).stream().map(this::view).toList();
    }

    @PostMapping("/catalog/resources/{classification}/{sequence}/rollback")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    BatchView rollback(@PathVariable String classification, @PathVariable String sequence, @RequestBody RollbackRequest request) {
        if (request.toBatch() == null) {
            throw InvalidInputException.of("toBatch", "is required");
        }
        return view(batches.rollback(classification + "/" + sequence, request.toBatch(), Callers.current()));
    }

    @GetMapping("/catalog/resources/{classification}/{sequence}/data")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<Map<String, Object>> data(@PathVariable String classification, @PathVariable String sequence,
            @RequestParam(required = false) Long asOf, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        checkPage(offset, limit);
        return batches.rows(classification + "/" + sequence, asOf, offset, limit, Callers.current());
    }

    @GetMapping("/catalog/resources/{classification}/{sequence}/changes")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<RowChange> changes(@PathVariable String classification, @PathVariable String sequence, @RequestParam(defaultValue = "0") long since,
            @RequestParam(defaultValue = "1000") int limit) {
        checkPage(0, limit);
        return batches.changesSince(classification + "/" + sequence, since, limit, Callers.current());
    }

    @GetMapping("/batches/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    BatchView get(@PathVariable long id) {
        return view(batches.get(id, Callers.current()));
    }

    @GetMapping("/batches/{id}/profile")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<ColumnReport> profile(@PathVariable long id) {
        return batches.profile(id, Callers.current());
    }

    @PostMapping("/batches/{id}/cancel")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    BatchView cancel(@PathVariable long id) {
        return view(batches.cancel(id, Callers.current()));
    }

    /** Runs a failed or cancelled file batch again from its kept upload, as a new batch. */
    @PostMapping("/batches/{id}/rerun")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    BatchView rerun(@PathVariable long id) {
        return view(reruns.rerun(id, Callers.current()));
    }

    /** The quarantined rows as CSV (UTF-8 with BOM) or, with {@code format=xlsx}, as a workbook. */
    @GetMapping("/batches/{id}/rejects")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    void rejects(@PathVariable long id, @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        RejectDownload.send(id, batches.rejects(id, 0, 1_000_000, Callers.current()), format, response);
    }

    private BatchView view(Batch b) {
        return BatchView.of(b, clock.instant());
    }

    private static LoadMode mode(String mode) {
        try {
            return LoadMode.valueOf(mode.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("mode", "must be one of FULL_REPLACE, APPEND, UPSERT, DELETE");
        }
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 10_000) {
            throw InvalidInputException.of("limit", "offset must be >= 0 and limit between 1 and 10000");
        }
    }
}
