package io.yudex.audit;

import io.yudex.auditlog.AuditExport;
import io.yudex.auditlog.AuditJson;
import io.yudex.auditlog.AuditRecord;
import io.yudex.auditlog.EntryReceipt;
import io.yudex.auditlog.SignedCheckpoint;
import io.yudex.identity.Callers;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import io.yudex.platform.TableDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for auditors and the platform admin: search and CSV export, signed checkpoints, inclusion and
 * consistency proofs, the verifiable export and entry receipts for the offline verifier, usage and flags, archiving.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    record PublicKey(String algorithm, String curve, String publicKeyHex) {}

    private final AuditLog log;
    private final AuditSearch search;
    private final AuditInsights insights;
    private final AuditArchiver archiver;
    private final Clock clock;

    AuditController(AuditLog log, AuditSearch search, AuditInsights insights, AuditArchiver archiver, Clock clock) {
        this.log = log;
        this.search = search;
        this.insights = insights;
        this.archiver = archiver;
        this.clock = clock;
    }

    @GetMapping("/entries")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    List<AuditRecord> entries(@RequestParam(defaultValue = "0") long offset, @RequestParam(defaultValue = "100") int limit) {
        if (offset < 0 || limit < 1 || limit > 10_000) {
            throw InvalidInputException.of("limit", "offset must be >= 0 and limit between 1 and 10000");
        }
        return log.entries(offset, limit);
    }

    /** Search, newest first. */
    @GetMapping("/search")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    AuditSearch.Page search(@RequestParam(required = false) String department, @RequestParam(required = false) String resource,
            @RequestParam(required = false) String client, @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String action, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw InvalidInputException.of("size", "page must be >= 0 and size between 1 and 1000");
        }
        return search.search(AuditQueries.of(department, resource, client, purpose, action, actor, from, to), page, size);
    }

    @GetMapping("/search.csv")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    void csv(@RequestParam(required = false) String department, @RequestParam(required = false) String resource,
            @RequestParam(required = false) String client, @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String action, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        AuditQuery q = AuditQueries.of(department, resource, client, purpose, action, actor, from, to);
        AuditQueries.csv(search, q, response);
    }

    /** The latest signed checkpoint (a new one is signed first when entries were added since). */
    @GetMapping("/checkpoints/latest")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    SignedCheckpoint latest() {
        return log.checkpoint();
    }

    @GetMapping("/checkpoints")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    List<SignedCheckpoint> checkpoints() {
        return log.checkpoints();
    }

    @GetMapping("/entries/{index}/proof")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    AuditLog.Proof proof(@PathVariable long index, @RequestParam(required = false) Long size) {
        long treeSize = size != null ? size : log.latest().map(SignedCheckpoint::treeSize).orElseThrow(() -> new NotFoundException("No checkpoint yet"));
        try {
            return log.proof(index, treeSize);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("size", e.getMessage());
        }
    }

    /** The entry, its inclusion proof and the signed checkpoint: what {@code yudex-audit-verify entry} checks offline. */
    @GetMapping("/entries/{index}/receipt")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    EntryReceipt receipt(@PathVariable long index) {
        return log.receipt(index).orElseThrow(() -> new NotFoundException("No stored audit entry " + index + " (it may be archived)"));
    }

    /** RFC 6962 §2.1.2: the log of {@code from} entries is a prefix of the log of {@code to} entries. */
    @GetMapping("/consistency")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    AuditLog.Consistency consistency(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to) {
        if (from == null || to == null) {
            throw InvalidInputException.of(from == null ? "from" : "to", "is required (two tree sizes, 0 < from <= to)");
        }
        try {
            return log.consistency(from, to);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("to", e.getMessage());
        }
    }

    /** The whole log still in the database, for {@code yudex-audit-verify log}. */
    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    void export(HttpServletResponse response) throws IOException {
        AuditExport export = log.export();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("yudex-audit-export.json").build().toString());
        AuditJson.write(export, response.getOutputStream());
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    AuditLog.Verification verify() {
        return log.verify();
    }

    @GetMapping("/flags")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    List<AuditInsights.Flag> flags(@RequestParam(defaultValue = "30") int days) {
        return insights.flags(since(days), clock.instant().plusSeconds(1));
    }

    @GetMapping("/usage")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    AuditInsights.Usage usage(@RequestParam(defaultValue = "30") int days) {
        return insights.usage(since(days), clock.instant().plusSeconds(1));
    }

    @GetMapping("/archives")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    List<AuditArchiver.Segment> archives() {
        return archiver.segments();
    }

    /** Archives what is past retention now (otherwise nightly); 200 with the segment, or 204 when nothing is due. */
    @PostMapping("/archives")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    Optional<AuditArchiver.Segment> archive() {
        return archiver.archive(Callers.current().name());
    }

    @GetMapping("/public-key")
    @PreAuthorize("isAuthenticated()")
    PublicKey publicKey() {
        return new PublicKey("SM2 (GB/T 32918) over SM3, RFC 6962 Merkle tree", "sm2p256v1", log.publicKeyHex());
    }

    private Instant since(int days) {
        if (days < 1 || days > 366) {
            throw InvalidInputException.of("days", "must be between 1 and 366");
        }
        return clock.instant().minus(days, ChronoUnit.DAYS);
    }
}
