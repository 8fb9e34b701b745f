package io.yudex.opendata;

import io.yudex.identity.PublicAccounts;
import io.yudex.identity.PublicUser;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's community pages: showcase (应用展示), data requests (数据需求), rankings and statistics, and the forms
 * with which a signed-in public account (role PUBLIC, {@link PublicAccounts}) rates a dataset, submits an application
 * or asks for data; it is stored as {@code public:<username>}. Reading needs no log-in. Staff reply, answer, route and
 * review in the console ({@code /opendata/community}, {@code /opendata/showcase}); the portal only shows the outcome.
 * Bad input gets the readable error page with a 4xx status.
 */
@Controller
class CommunityPages {

    private final Ratings ratings;
    private final Showcase showcase;
    private final DataRequests requests;
    private final Rankings rankings;
    private final PortalStatistics statistics;
    private final OpenCatalog open;
    private final JsonMapper json;

    CommunityPages(Ratings ratings, Showcase showcase, DataRequests requests, Rankings rankings, PortalStatistics statistics, OpenCatalog open,
            JsonMapper json) {
        this.json = json;
        this.ratings = ratings;
        this.showcase = showcase;
        this.requests = requests;
        this.rankings = rankings;
        this.statistics = statistics;
        this.open = open;
    }

    @PostMapping("/open/datasets/{classification}/{sequence}/rating")
    @PreAuthorize("hasRole('PUBLIC')")
    String rate(@PathVariable String classification, @PathVariable String sequence, @RequestParam(required = false) Integer stars,
            @RequestParam(required = false) String comment) {
        Rating r = ratings.rate(classification + "/" + sequence, stars, comment, me());
        return "redirect:/open/datasets/" + r.resourceCode() + "?rated#ratings";
    }

    @GetMapping("/open/showcase")
    @PreAuthorize("permitAll()")
    String showcase(Model model) {
        model.addAttribute("apps", showcase.approved());
        model.addAttribute("names", open.all().stream().collect(java.util.stream.Collectors.toMap(d -> d.resource().code(),
                d -> d.resource().name(), (a, b) -> a)));
        return "open/showcase";
    }

    @PostMapping("/open/showcase")
    @PreAuthorize("hasRole('PUBLIC')")
    String submit(@RequestParam(required = false) String name, @RequestParam(required = false) String description,
            @RequestParam(required = false) String url, @RequestParam(required = false) String datasets) {
        List<String> codes = datasets == null ? List.of() : Arrays.stream(datasets.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        showcase.submit(new ShowcaseApp.Submission(name, description, url, codes), me());
        return "redirect:/open/showcase?submitted";
    }

    @GetMapping("/open/requests")
    @PreAuthorize("permitAll()")
    String requests(@RequestParam(required = false) String status, Model model) {
        model.addAttribute("requests", requests.list(CommunityController.status(status), 200));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("statuses", DataRequestStatus.values());
        return "open/requests";
    }

    @PostMapping("/open/requests")
    @PreAuthorize("hasRole('PUBLIC')")
    String ask(@RequestParam(required = false) String title, @RequestParam(required = false) String description,
            @RequestParam(required = false) String department) {
        DataRequest r = requests.submit(new DataRequest.Submission(title, description, department), me());
        return "redirect:/open/requests?asked#request-" + r.id();
    }

    @GetMapping("/open/rankings")
    @PreAuthorize("permitAll()")
    String rankings(Model model) {
        model.addAttribute("board", rankings.board(10));
        return "open/rankings";
    }

    @GetMapping("/open/statistics")
    @PreAuthorize("permitAll()")
    String statistics(Model model) {
        PortalStatistics.Report report = statistics.report(statistics.publicScope(30), 30);
        model.addAttribute("report", report);
        // a dataset taken off the open list since keeps its counts, but the public no longer sees its name
        List<PortalStatistics.Usage> datasets = report.datasets().stream().filter(u -> open.find(u.key()).isPresent()).limit(10).toList();
        model.addAttribute("datasets", datasets);
        model.addAttribute("statsJson", statsJson(json, report.days(), datasets, report.departments()));
        return "open/statistics";
    }

    /** The chart data of a statistics page, safe inside a script element. */
    static String statsJson(JsonMapper json, List<PortalStatistics.Usage> days, List<PortalStatistics.Usage> datasets,
            List<PortalStatistics.Usage> departments) {
        return json.writeValueAsString(java.util.Map.of("days", days, "datasets", datasets, "departments", departments)).replace("</", "<\\/");
    }

    private static PublicUser me() {
        return PublicAccounts.current().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("log in first"));
    }
}
