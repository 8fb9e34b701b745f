package io.yudex.ingest.pull;

import io.yudex.identity.Callers;
import io.yudex.ingest.batch.BatchView;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Providers' database connections and the pulls that read them into resources. */
@RestController
@RequestMapping("/api/v1")
class PullController {

    private final ConnectionService connections;
    private final PullService pulls;
    private final Clock clock;

    PullController(ConnectionService connections, PullService pulls, Clock clock) {
        this.connections = connections;
        this.pulls = pulls;
        this.clock = clock;
    }

    @GetMapping("/connections")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<SourceConnection> connections() {
        return connections.list(Callers.current());
    }

    @PostMapping("/connections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    SourceConnection createConnection(@RequestBody ConnectionCommand command) {
        return connections.create(command, Callers.current());
    }

    @GetMapping("/connections/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    SourceConnection connection(@PathVariable long id) {
        return connections.get(id, Callers.current());
    }

    @PutMapping("/connections/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    SourceConnection updateConnection(@PathVariable long id, @RequestBody ConnectionCommand command) {
        return connections.update(id, command, Callers.current());
    }

    @DeleteMapping("/connections/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    void deleteConnection(@PathVariable long id) {
        connections.delete(id, Callers.current());
    }

    @PostMapping("/connections/{id}/test")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    ConnectionService.TestResult test(@PathVariable long id) {
        return connections.test(id, Callers.current());
    }

    @GetMapping("/pulls")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<PullDefinition> pulls(@RequestParam(required = false) String resource) {
        return pulls.list(resource, Callers.current());
    }

    @PostMapping("/pulls")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    PullDefinition createPull(@RequestBody PullCommand command) {
        return pulls.create(command, Callers.current());
    }

    @GetMapping("/pulls/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    PullDefinition pull(@PathVariable long id) {
        return pulls.get(id, Callers.current());
    }

    @PutMapping("/pulls/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    PullDefinition updatePull(@PathVariable long id, @RequestBody PullCommand command) {
        return pulls.update(id, command, Callers.current());
    }

    @DeleteMapping("/pulls/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    void deletePull(@PathVariable long id) {
        pulls.delete(id, Callers.current());
    }

    /** Runs the pull now as a new batch; follow it at {@code /api/v1/batches/{id}}. */
    @PostMapping("/pulls/{id}/run")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    BatchView run(@PathVariable long id) {
        return BatchView.of(pulls.run(id, Callers.current()), clock.instant());
    }
}
