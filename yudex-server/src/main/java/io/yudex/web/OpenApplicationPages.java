package io.yudex.web;

import io.yudex.identity.Callers;
import io.yudex.opendata.OpenApplications;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The department's queue of applications for conditionally open data (有条件开放): decide, and watch the use made. */
@Controller
class OpenApplicationPages {

    private final OpenApplications applications;
    private final Clock clock;

    OpenApplicationPages(OpenApplications applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    @GetMapping("/opendata/applications")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String queue(Model model) {
        model.addAttribute("applications", applications.queue(Callers.current()));
        return "opendata/applications";
    }

    @GetMapping("/opendata/applications/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String application(@PathVariable long id, Model model) {
        var a = applications.get(id, Callers.current());
        model.addAttribute("a", a);
        model.addAttribute("accesses", applications.accesses(id, Callers.current()));
        model.addAttribute("today", LocalDate.now(clock));
        return "opendata/application";
    }

    @PostMapping("/opendata/applications/{id}/approve")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String approve(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
        applications.approve(id, until, Callers.current());
        return "redirect:/opendata/applications/" + id;
    }

    @PostMapping("/opendata/applications/{id}/reject")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason) {
        applications.reject(id, reason, Callers.current());
        return "redirect:/opendata/applications/" + id;
    }
}
