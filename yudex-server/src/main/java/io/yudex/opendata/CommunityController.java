package io.yudex.opendata;

import io.yudex.identity.Callers;
import io.yudex.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/**
 * The portal's community as JSON: ratings, the showcase and data requests (signed-in people write; the public reads),
 * rankings, and usage statistics scoped to the caller's department. Refusals are problem+json (403, 404, 409, 400).
 */
@RestController
@RequestMapping("/api/v1/portal")
class CommunityController {

    record RatingBody(Integer stars, String comment) {}

    record TextBody(String text) {}

    record ReviewBody(Boolean approve, String note) {}

    record RouteBody(String department) {}

    private final Ratings ratings;
    private final Showcase showcase;
    private final DataRequests requests;
    private final PortalStatistics statistics;
    private final Rankings rankings;

    CommunityController(Ratings ratings, Showcase showcase, DataRequests requests, PortalStatistics statistics, Rankings rankings) {
        this.ratings = ratings;
        this.showcase = showcase;
        this.requests = requests;
        this.statistics = statistics;
        this.rankings = rankings;
    }

    @GetMapping("/datasets/{classification}/{sequence}/ratings")
    @PreAuthorize("permitAll()")
    Map<String, Object> ratings(@PathVariable String classification, @PathVariable String sequence) {
        String code = classification + "/" + sequence;
        Rating.Summary summary = ratings.summary(code);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("average", summary.average());
        m.put("count", summary.count());
        m.put("ratings", ratings.of(code, 100));
        return m;
    }

    @PostMapping("/datasets/{classification}/{sequence}/ratings")
    @PreAuthorize("isAuthenticated()")
    Rating rate(@PathVariable String classification, @PathVariable String sequence, @RequestBody RatingBody body) {
        return ratings.rate(classification + "/" + sequence, body.stars(), body.comment(), Callers.current());
    }

    @PostMapping("/ratings/{id}/reply")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    Rating reply(@PathVariable long id, @RequestBody TextBody body) {
        return ratings.reply(id, body.text(), Callers.current());
    }

    @GetMapping("/showcase")
    @PreAuthorize("permitAll()")
    List<ShowcaseApp> showcase() {
        return showcase.approved();
    }

    @PostMapping("/showcase")
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.CREATED)
    ShowcaseApp submit(@RequestBody ShowcaseApp.Submission body) {
        return showcase.submit(body, Callers.current());
    }

    @GetMapping("/showcase/pending")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    List<ShowcaseApp> pending() {
        return showcase.pending(Callers.current());
    }

    @PostMapping("/showcase/{id}/review")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    ShowcaseApp review(@PathVariable long id, @RequestBody ReviewBody body) {
        return showcase.review(id, body.approve(), body.note(), Callers.current());
    }

    @GetMapping("/requests")
    @PreAuthorize("permitAll()")
    List<DataRequest> requests(@RequestParam(required = false) String status) {
        return requests.list(status(status), 200);
    }

    @PostMapping("/requests")
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.CREATED)
    DataRequest ask(@RequestBody DataRequest.Submission body) {
        return requests.submit(body, Callers.current());
    }

    @PostMapping("/requests/{id}/answer")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    DataRequest answer(@PathVariable long id, @RequestBody TextBody body) {
        return requests.answer(id, body.text(), Callers.current());
    }

    @PostMapping("/requests/{id}/route")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    DataRequest route(@PathVariable long id, @RequestBody RouteBody body) {
        return requests.route(id, body.department(), Callers.current());
    }

    @GetMapping("/rankings")
    @PreAuthorize("permitAll()")
    Rankings.Board rankings() {
        return rankings.board(10);
    }

    @GetMapping("/statistics")
    @PreAuthorize("isAuthenticated()")
    PortalStatistics.Report statistics(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return statistics.report(statistics.scope(Callers.current(), from, to), 50);
    }

    static DataRequestStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DataRequestStatus.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "must be OPEN, ROUTED or ANSWERED");
        }
    }
}
