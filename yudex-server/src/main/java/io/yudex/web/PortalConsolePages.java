package io.yudex.web;

import io.yudex.identity.Caller;
import io.yudex.identity.Callers;
import io.yudex.opendata.DataRequests;
import io.yudex.opendata.PortalStatistics;
import io.yudex.opendata.Ratings;
import io.yudex.opendata.Showcase;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open portal in the console: usage statistics of the department's own open datasets (every department's for the
 * platform admin and auditors), the platform admin's review of showcase submissions, and the community desk
 * ({@code /opendata/community}): a department's data admin answers the data requests sent to the department and replies
 * to the ratings of its open datasets; the platform admin does both for every department and routes requests. The
 * portal only shows the answers and replies (staff are anonymous there).
 */
@Controller
class PortalConsolePages {

    private final PortalStatistics statistics;
    private final Showcase showcase;
    private final Ratings ratings;
    private final DataRequests requests;
    private final JsonMapper json;

    PortalConsolePages(PortalStatistics statistics, Showcase showcase, Ratings ratings, DataRequests requests, JsonMapper json) {
        this.json = json;
        this.ratings = ratings;
        this.requests = requests;
        this.statistics = statistics;
        this.showcase = showcase;
    }

    @GetMapping("/opendata/statistics")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        PortalStatistics.Report report = statistics.report(statistics.scope(Callers.current(), from, to), 50);
        model.addAttribute("report", report);
        model.addAttribute("statsJson", json.writeValueAsString(java.util.Map.of("days", report.days(), "datasets", report.datasets().stream().limit(15).toList(),
                "departments", report.departments())).replace("</", "<\\/"));
        return "opendata/statistics";
    }

    @GetMapping("/opendata/showcase")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String showcase(Model model) {
        model.addAttribute("pending", showcase.pending(Callers.current()));
        model.addAttribute("approved", showcase.approved());
        return "opendata/showcase";
    }

    @PostMapping("/opendata/showcase/{id}/review")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String review(@PathVariable long id, @RequestParam(required = false) Boolean approve, @RequestParam(required = false) String note) {
        showcase.review(id, approve, note, Callers.current());
        return "redirect:/opendata/showcase?reviewed";
    }

    @GetMapping("/opendata/community")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String community(Model model) {
        Caller me = Callers.current();
        model.addAttribute("requests", requests.unanswered(me));
        model.addAttribute("ratings", me.platformAdmin() ? ratings.ofDepartment(null, 200)
                : me.departmentId() == null ? java.util.List.of() : ratings.ofDepartment(me.departmentId(), 200));
        return "opendata/community";
    }

    @PostMapping("/opendata/requests/{id}/answer")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer) {
        requests.answer(id, answer, Callers.current());
        return "redirect:/opendata/community?answered#requests";
    }

    @PostMapping("/opendata/requests/{id}/route")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String route(@PathVariable long id, @RequestParam(required = false) String department) {
        requests.route(id, department, Callers.current());
        return "redirect:/opendata/community?routed#request-" + id;
    }

    @PostMapping("/opendata/ratings/{id}/reply")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String reply(@PathVariable long id, @RequestParam(required = false) String reply) {
        ratings.reply(id, reply, Callers.current());
        return "redirect:/opendata/community?replied#rating-" + id;
    }
}
