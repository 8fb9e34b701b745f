package io.yudex.catalog;

import io.yudex.identity.Callers;
import io.yudex.platform.InvalidInputException;
import io.yudex.search.SearchResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The catalog API. Resource codes contain a slash, so single resources are addressed as {class}/{seq}. */
@RestController
@RequestMapping("/api/v1/catalog")
class CatalogController {

    record SearchPage(List<ResourceSummary> items, long total, int page, int size, Map<String, List<SearchResult.FacetCount>> facets) {}

    record ResourceSummary(String code, String name, String provider, String providerCode, String region, String resourceClass,
            String baseLibrary, String shareType, String openType, String updateCycle, String format, String status,
            List<String> tags, String summary, Map<String, String> highlight) {}

    record Reason(String reason) {}

    record ListPage(List<Resource> items, int total) {}

    private final CatalogService catalog;
    private final CatalogSearch search;
    private final CatalogLists lists;

    CatalogController(CatalogService catalog, CatalogSearch search, CatalogLists lists) {
        this.catalog = catalog;
        this.search = search;
        this.lists = lists;
    }

    @GetMapping("/resources")
    @PreAuthorize("permitAll()")
    SearchPage search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam MultiValueMap<String, String> params) {
        if (page < 0 || page > 10_000) throw InvalidInputException.of("page", "must be between 0 and 10000");
        if (size < 1 || size > 200) throw InvalidInputException.of("size", "must be between 1 and 200");
        if (q.length() > 200) throw InvalidInputException.of("q", "must be at most 200 characters");
        Map<String, List<String>> filters = CatalogSearch.filtersOf(params);
        SearchResult result = search.search(q, filters, Callers.current(), page, size);
        List<ResourceSummary> items = result.hits().stream().map(CatalogController::summary).toList();
        return new SearchPage(items, result.total(), page, size, result.facets());
    }

    @GetMapping("/resources/{classification}/{sequence}")
    @PreAuthorize("permitAll()")
    Resource get(@PathVariable String classification, @PathVariable String sequence) {
        return catalog.get(classification + "/" + sequence, Callers.current());
    }

    /** The same resource addressed with its code URL-encoded as one segment ({@code 101001%2F000001}). */
    @GetMapping("/resources/{code}")
    @PreAuthorize("permitAll()")
    Resource getEncoded(@PathVariable String code) {
        return catalog.get(code, Callers.current());
    }

    @GetMapping("/resources/{classification}/{sequence}/history")
    @PreAuthorize("isAuthenticated()")
    List<ResourceVersion> history(@PathVariable String classification, @PathVariable String sequence) {
        return catalog.history(classification + "/" + sequence, Callers.current());
    }

    @GetMapping(value = "/resources/{classification}/{sequence}/history/{version}", produces = "application/json")
    @PreAuthorize("isAuthenticated()")
    String version(@PathVariable String classification, @PathVariable String sequence, @PathVariable int version) {
        return catalog.snapshot(classification + "/" + sequence, version, Callers.current());
    }

    @PostMapping("/resources")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    Resource create(@RequestBody ResourceCommand command) {
        return catalog.create(command, Callers.current());
    }

    @PutMapping("/resources/{classification}/{sequence}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    Resource update(@PathVariable String classification, @PathVariable String sequence, @RequestBody ResourceCommand command) {
        return catalog.update(classification + "/" + sequence, command, Callers.current());
    }

    record SensitivityRequest(Sensitivity sensitivity) {}

    /** Confirms the sensitivity of one data item (e.g. as a load's profile suggested); a version of its own. */
    @PutMapping("/resources/{classification}/{sequence}/items/{item}/sensitivity")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    Resource confirmSensitivity(@PathVariable String classification, @PathVariable String sequence, @PathVariable String item,
            @RequestBody SensitivityRequest request) {
        if (request.sensitivity() == null) {
            throw InvalidInputException.of("sensitivity", "is required: NONE, PERSONAL, SENSITIVE_PERSONAL or IMPORTANT");
        }
        return catalog.confirmSensitivity(classification + "/" + sequence, item, request.sensitivity(), Callers.current());
    }

    @PostMapping("/resources/{classification}/{sequence}/submit")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    Resource submit(@PathVariable String classification, @PathVariable String sequence) {
        return catalog.submit(classification + "/" + sequence, Callers.current());
    }

    @PostMapping("/resources/{classification}/{sequence}/publish")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    Resource publish(@PathVariable String classification, @PathVariable String sequence) {
        return catalog.publish(classification + "/" + sequence, Callers.current());
    }

    @PostMapping("/resources/{classification}/{sequence}/return")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    Resource sendBack(@PathVariable String classification, @PathVariable String sequence, @RequestBody Reason reason) {
        return catalog.sendBack(classification + "/" + sequence, reason.reason(), Callers.current());
    }

    @PostMapping("/resources/{classification}/{sequence}/deprecate")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    Resource deprecate(@PathVariable String classification, @PathVariable String sequence, @RequestBody(required = false) Reason reason) {
        return catalog.deprecate(classification + "/" + sequence, reason == null ? null : reason.reason(), Callers.current());
    }

    @GetMapping("/share-list")
    @PreAuthorize("isAuthenticated()")
    ListPage shareList(@RequestParam(required = false) String format, ListParams params, HttpServletResponse response) throws IOException {
        List<Resource> rows = lists.shareList(params.filter());
        return export(rows, format, "share-list", "共享清单", response);
    }

    @GetMapping("/open-list")
    @PreAuthorize("permitAll()")
    ListPage openList(@RequestParam(required = false) String format, ListParams params, HttpServletResponse response) throws IOException {
        List<Resource> rows = lists.openList(params.filter());
        return export(rows, format, "open-list", "开放清单", response);
    }

    @GetMapping("/stats")
    @PreAuthorize("isAuthenticated()")
    CatalogStats stats() {
        return lists.stats(Callers.current());
    }

    private static ListPage export(List<Resource> rows, String format, String file, String sheet, HttpServletResponse response)
            throws IOException {
        if (format == null || format.equals("json")) {
            return new ListPage(rows, rows.size());
        }
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw InvalidInputException.of("format", "must be json, csv or xlsx");
        }
        ListExporter.download(rows, format, file, sheet, response);
        return null;
    }

    static ResourceSummary summary(SearchResult.Hit hit) {
        var d = hit.document();
        return new ResourceSummary(d.code(), d.name(), d.provider(), d.providerCode(), d.region(), d.resourceClass(),
                d.baseLibrary(), d.shareType(), d.openType(), d.updateCycle(), d.format(), d.status(), d.tags(), d.summary(),
                Map.of("name", hit.highlightedName(), "summary", hit.highlightedSummary()));
    }
}
