package io.yudex.opendata;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.platform.Audited;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import io.yudex.search.SearchResult;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open API for the public: search, metadata and the rows of a dataset's current release (paged), each call with
 * an app key ({@code X-App-Key}, plus {@code X-App-Secret} for keys public users issue) counted against its daily quota
 * (HTTP 429 with Retry-After past it) and written to the audit log. Rows of a conditional dataset only for the keys of
 * a user whose application is approved and running; every such use is recorded under the application.
 */
@RestController
@RequestMapping("/api/open/v1")
class OpenApiController {

    static final int MAX_LIMIT = 1000;
    static final long MAX_OFFSET = 10_000_000;

    private final OpenCatalog open;
    private final ReleaseService releases;
    private final AppKeys keys;
    private final OpenApplications applications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OpenApiController(OpenCatalog open, ReleaseService releases, AppKeys keys, OpenApplications applications, ApplicationEventPublisher events,
            Clock clock) {
        this.open = open;
        this.releases = releases;
        this.keys = keys;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    /** Counts the call against the key's quota and writes it to the audit log. */
    private AppKeys.KeyUse call(String key, String secret, String action, String subject) {
        AppKeys.KeyUse use = keys.call(key, secret);
        events.publishEvent(new Audited("key:" + use.label(), "open.api." + action, subject, null, null, null));
        return use;
    }

    @GetMapping("/datasets")
    @PreAuthorize("permitAll()")
    Map<String, Object> search(@RequestHeader(value = "X-App-Key", required = false) String key,
            @RequestHeader(value = "X-App-Secret", required = false) String secret, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        call(key, secret, "search", q == null ? null : "q=" + (q.length() > 200 ? q.substring(0, 200) : q));
        if (page < 0 || page > 10_000) {
            throw InvalidInputException.of("page", "must be 0..10000");
        }
        if (size < 1 || size > 100) {
            throw InvalidInputException.of("size", "must be 1..100");
        }
        if (q != null && q.length() > 200) {
            throw InvalidInputException.of("q", "at most 200 characters");
        }
        SearchResult result = open.search(q, Map.of(), page, size);
        List<Map<String, Object>> items = result.hits().stream().map(h -> open.find(h.document().code()))
                .flatMap(java.util.Optional::stream).map(OpenApiController::summary).toList();
        return Map.of("total", result.total(), "page", page, "size", size, "items", items);
    }

    @GetMapping("/datasets/{classification}/{sequence}")
    @PreAuthorize("permitAll()")
    Map<String, Object> metadata(@RequestHeader(value = "X-App-Key", required = false) String key,
            @RequestHeader(value = "X-App-Secret", required = false) String secret, @PathVariable String classification,
            @PathVariable String sequence) {
        long keyId = call(key, secret, "metadata", classification + "/" + sequence).id();
        OpenDataset d = open.get(classification + "/" + sequence);
        events.publishEvent(new OpenDataUsed(d.resource().code(), OpenDataUsed.API, "key:" + keyId, d.release() == null ? null : d.release().id(),
                clock.instant()));
        Map<String, Object> m = new LinkedHashMap<>(summary(d));
        Resource r = d.resource();
        m.put("summary", r.summary());
        m.put("tags", r.tags());
        m.put("updateCycle", r.updateCycle().name());
        m.put("openConditions", r.openConditions());
        m.put("items", r.items().stream().map(i -> item(i, d.release())).toList());
        return m;
    }

    @GetMapping("/datasets/{classification}/{sequence}/rows")
    @PreAuthorize("permitAll()")
    Map<String, Object> rows(@RequestHeader(value = "X-App-Key", required = false) String key,
            @RequestHeader(value = "X-App-Secret", required = false) String secret, @PathVariable String classification,
            @PathVariable String sequence, @RequestParam(defaultValue = "0") long offset, @RequestParam(defaultValue = "100") int limit) {
        AppKeys.KeyUse use = call(key, secret, "rows", classification + "/" + sequence);
        long keyId = use.id();
        if (offset < 0 || offset > MAX_OFFSET) {
            throw InvalidInputException.of("offset", "must be 0.." + MAX_OFFSET);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be 1.." + MAX_LIMIT);
        }
        OpenDataset d = open.get(classification + "/" + sequence);
        OpenApplication granted = null;
        if (!d.downloadable()) {
            if (d.resource().openType() != io.yudex.catalog.OpenType.CONDITIONAL || d.release() == null) {
                throw new NotFoundException("Dataset " + d.resource().code() + " has no public rows yet");
            }
            granted = applications.active(use.ownerId(), d.resource().code());
        }
        if (granted != null) {
            long rows = Math.max(0, Math.min(limit, d.release().rowCount() - offset));
            applications.recordAccess(granted, "key:" + use.label(), "API", keyId, "offset=" + offset + "; limit=" + limit, rows);
        }
        ReleaseData data = releases.data(d.resource(), d.release());
        List<String> names = data.header(false);
        List<Map<String, String>> rows = data.page(offset, limit).stream().map(values -> {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                row.put(names.get(i), values.get(i));
            }
            return row;
        }).toList();
        events.publishEvent(new OpenDataUsed(d.resource().code(), OpenDataUsed.API, "key:" + keyId, d.release().id(), clock.instant()));
        return Map.of("releaseId", d.release().id(), "total", d.release().rowCount(), "offset", offset, "limit", limit, "columns", names,
                "rows", rows);
    }

    @ExceptionHandler(AppKeys.Refused.class)
    ResponseEntity<ProblemDetail> refused(AppKeys.Refused e, jakarta.servlet.http.HttpServletRequest request) {
        String key = request.getHeader("X-App-Key");
        // a single key of the platform admin is a secret: only its first characters go to the log
        String who = key == null ? "anonymous" : "key:" + (key.startsWith("oak_") && key.length() <= 40 ? key : key.substring(0, Math.min(8, key.length())) + "…");
        events.publishEvent(new Audited(who, "open.api.refused", request.getRequestURI(), e.status + " " + e.getMessage(), null, null));
        HttpStatus status = HttpStatus.valueOf(e.status);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setType(URI.create("https://yudex.io/problems/" + (e.status == 429 ? "quota-exceeded" : "app-key")));
        p.setTitle(e.status == 429 ? "Quota exceeded" : "App key required");
        var response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e.status == 429) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter)));
        }
        return response.body(p);
    }

    private static Map<String, Object> summary(OpenDataset d) {
        Resource r = d.resource();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("name", r.name());
        m.put("provider", r.providerName());
        m.put("openType", r.openType().name());
        m.put("downloadable", d.downloadable());
        m.put("updatedAt", r.updatedAt());
        m.put("release", d.release() == null ? null : Map.of("id", d.release().id(), "rows", d.release().rowCount(),
                "publishedAt", d.release().createdAt()));
        return m;
    }

    private static Map<String, Object> item(DataItem i, OpenRelease release) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        m.put("label", i.label());
        m.put("dataType", i.dataType().name());
        String treatment = release == null ? null : release.treatments().get(i.name());
        m.put("released", release == null ? null : treatment == null ? "AS_IS" : treatment);
        return m;
    }
}
