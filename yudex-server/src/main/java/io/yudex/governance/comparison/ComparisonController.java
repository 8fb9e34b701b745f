package io.yudex.governance.comparison;

import io.yudex.identity.Callers;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.TableDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
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

/** Cross-department comparisons: define, run, and read runs with the rows that did not match. */
@RestController
@RequestMapping("/api/v1/governance")
class ComparisonController {

    /**
     * @param left       the left resource's code
     * @param definition {@code {"leftKey","rightKey","keyNormalise":[…],"items":[{"left","right","normalise":[…],"owner":"left|right"}]}}
     */
    record ComparisonRequest(String name, String left, String right, Map<String, Object> definition) {}

    private final ComparisonService comparisons;

    ComparisonController(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @PostMapping("/comparisons")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    ComparisonDefinition create(@RequestBody ComparisonRequest request) {
        return comparisons.create(request.name(), request.left(), request.right(), request.definition(), Callers.current());
    }

    @GetMapping("/comparisons")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<ComparisonDefinition> list() {
        return comparisons.list(Callers.current());
    }

    @GetMapping("/comparisons/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    ComparisonDefinition get(@PathVariable long id) {
        return comparisons.get(id, Callers.current());
    }

    /** Runs the comparison in the background; follow it at {@code /api/v1/governance/comparison-runs/{id}}. */
    @PostMapping("/comparisons/{id}/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    ComparisonRun start(@PathVariable long id) {
        return comparisons.start(id, Callers.current());
    }

    @GetMapping("/comparisons/{id}/runs")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<ComparisonRun> runs(@PathVariable long id) {
        return comparisons.runs(id, Callers.current());
    }

    @GetMapping("/comparison-runs/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    ComparisonRun run(@PathVariable long id) {
        return comparisons.run(id, Callers.current());
    }

    @GetMapping("/comparison-runs/{id}/rows")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<ComparisonRow> rows(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        return comparisons.rows(id, kind, offset, limit, Callers.current());
    }

    /** Every stored row, one line per key and paired item, as CSV (UTF-8 with BOM) or XLSX. */
    @GetMapping("/comparison-runs/{id}/download")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    void download(@PathVariable long id, @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw InvalidInputException.of("format", "must be csv or xlsx");
        }
        List<List<String>> lines = new ArrayList<>();
        for (int offset = 0;; offset += 10_000) {
            List<ComparisonRow> page = comparisons.rows(id, null, offset, 10_000, Callers.current());
            for (ComparisonRow r : page) {
                for (ComparisonRow.Value v : r.items()) {
                    lines.add(java.util.Arrays.asList(r.kind(), r.key(), v.item(), v.conflict() ? "1" : "0", v.left(), v.right(),
                            r.leftBatch() == null ? "" : r.leftBatch().toString(), r.rightBatch() == null ? "" : r.rightBatch().toString()));
                }
            }
            if (page.size() < 10_000) {
                break;
            }
        }
        TableDownload.send(List.of("kind", "key", "item", "conflict", "left", "right", "left_batch", "right_batch"), lines, format,
                "comparison-run-" + id, "rows", response);
    }
}
