package io.yudex.opendata;

import io.yudex.identity.Callers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The providing department's queue of applications for conditionally open data: list, read with accesses, decide. */
@RestController
@RequestMapping("/api/v1/opendata/applications")
class OpenApplicationController {

    record Approval(LocalDate until) {}

    record Rejection(String reason) {}

    private final OpenApplications applications;

    OpenApplicationController(OpenApplications applications) {
        this.applications = applications;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<OpenApplication> queue() {
        return applications.queue(Callers.current());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    Map<String, Object> get(@PathVariable long id) {
        return Map.of("application", applications.get(id, Callers.current()), "accesses", applications.accesses(id, Callers.current()));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    OpenApplication approve(@PathVariable long id, @RequestBody(required = false) Approval approval) {
        return applications.approve(id, approval == null ? null : approval.until(), Callers.current());
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    OpenApplication reject(@PathVariable long id, @RequestBody(required = false) Rejection rejection) {
        return applications.reject(id, rejection == null ? null : rejection.reason(), Callers.current());
    }
}
