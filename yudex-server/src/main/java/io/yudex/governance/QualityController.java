package io.yudex.governance;

import io.yudex.identity.Callers;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.TableDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rule runs with their findings, and the quality they measured per resource and per department. */
@RestController
@RequestMapping("/api/v1/governance")
class QualityController {

    private final RuleRunService runs;
    private final QualityService quality;

    QualityController(RuleRunService runs, QualityService quality) {
        this.runs = runs;
        this.quality = quality;
    }

    @GetMapping("/runs/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    RuleRun run(@PathVariable long id) {
        return runs.get(id, Callers.current());
    }

    /** Every stored reason of every failing row, as CSV (UTF-8 with BOM) or XLSX. */
    @GetMapping("/runs/{id}/findings")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    void findings(@PathVariable long id, @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw InvalidInputException.of("format", "must be csv or xlsx");
        }
        TableDownload.send(FindingTable.HEADER, FindingTable.rows(runs.findings(id, Callers.current())), format, "rule-run-" + id + "-findings",
                "findings", response);
    }

    /** A resource's quality over its runs, oldest first. */
    @GetMapping("/quality")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<RuleRun> trend(@RequestParam String resource) {
        return quality.trend(resource, Callers.current());
    }

    @GetMapping("/quality/departments")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<DepartmentQuality> departments() {
        return quality.departments(Callers.current());
    }
}
