package io.yudex.opendata;

import io.yudex.identity.Callers;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Opening data: the safe-publication check (dry run), releases, and their history with reports. */
@RestController
@RequestMapping("/api/v1/opendata/releases")
class ReleaseController {

    private final ReleaseService releases;

    ReleaseController(ReleaseService releases) {
        this.releases = releases;
    }

    @PostMapping("/check")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    ReleaseReport check(@RequestBody ReleasePlan plan) {
        return releases.dryRun(plan, Callers.current());
    }

    /** 201 with the accepted release; 422 with the report when the check refuses it. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    OpenRelease publish(@RequestBody ReleasePlan plan) {
        return releases.publish(plan, Callers.current());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<OpenRelease> list(@RequestParam(required = false) String resource) {
        return resource == null || resource.isBlank() ? releases.latest(Callers.current(), 200) : releases.history(resource, Callers.current());
    }

    @ExceptionHandler(ReleaseRefusedException.class)
    ProblemDetail refused(ReleaseRefusedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setType(URI.create("https://yudex.io/problems/release-refused"));
        p.setTitle("Release refused");
        p.setProperty("releaseId", e.release().id());
        p.setProperty("report", e.release().report());
        return p;
    }
}
