package io.yudex.governance;

import io.yudex.identity.Callers;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The rules attached to a resource: read, save as a new version, history, suggestions, and runs over its data. */
@RestController
@RequestMapping("/api/v1/catalog/resources/{classification}/{sequence}/rules")
class RulesController {

    /** {@code rules}: rule maps ({@code {"check":"length","column":"xm","max":50,"severity":"warning"}}). */
    record RulesRequest(List<Object> rules, String comment) {}

    private final RuleSetService ruleSets;
    private final RuleRunService runs;

    RulesController(RuleSetService ruleSets, RuleRunService runs) {
        this.ruleSets = ruleSets;
        this.runs = runs;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    RuleSet current(@PathVariable String classification, @PathVariable String sequence) {
        return ruleSets.current(classification + "/" + sequence, Callers.current());
    }

    @PutMapping
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    RuleSet save(@PathVariable String classification, @PathVariable String sequence, @RequestBody RulesRequest request) {
        return ruleSets.save(classification + "/" + sequence, request.rules(), request.comment(), Callers.current());
    }

    @GetMapping("/history")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<RuleSet> history(@PathVariable String classification, @PathVariable String sequence) {
        return ruleSets.history(classification + "/" + sequence, Callers.current());
    }

    @GetMapping("/suggestions")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<RuleSuggestions.Suggestion> suggestions(@PathVariable String classification, @PathVariable String sequence) {
        return ruleSets.suggestions(classification + "/" + sequence, Callers.current());
    }

    /** Runs the current rules over the current data in the background; follow it at {@code /api/v1/governance/runs/{id}}. */
    @PostMapping("/run")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    RuleRun run(@PathVariable String classification, @PathVariable String sequence) {
        return runs.start(classification + "/" + sequence, Callers.current());
    }

    @GetMapping("/runs")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    List<RuleRun> runs(@PathVariable String classification, @PathVariable String sequence) {
        return runs.ofResource(classification + "/" + sequence, Callers.current());
    }
}
