package io.yudex.web;

import io.yudex.catalog.CatalogService;
import io.yudex.governance.DepartmentQuality;
import io.yudex.governance.FindingTable;
import io.yudex.governance.QualityService;
import io.yudex.governance.RuleRun;
import io.yudex.governance.RuleRunService;
import io.yudex.governance.RuleSetService;
import io.yudex.governance.RuleSuggestions;
import io.yudex.identity.Callers;
import io.yudex.platform.ConflictException;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.TableDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Console pages of governance: a resource's quality block and rules editor, and the quality dashboard. */
@Controller
class QualityPages {

    private final CatalogService catalog;
    private final RuleSetService ruleSets;
    private final RuleRunService runs;
    private final QualityService quality;
    private final JsonMapper json;

    QualityPages(CatalogService catalog, RuleSetService ruleSets, RuleRunService runs, QualityService quality, JsonMapper json) {
        this.catalog = catalog;
        this.ruleSets = ruleSets;
        this.runs = runs;
        this.quality = quality;
        this.json = json;
    }

    /** The quality block of the data page, loaded by htmx. */
    @GetMapping("/catalog/data/quality")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String block(@RequestParam String code, Model model) {
        model.addAttribute("r", catalog.get(code, Callers.current()));
        List<RuleRun> list = runs.ofResource(code, Callers.current());
        model.addAttribute("runs", list.size() > 10 ? list.subList(0, 10) : list);
        model.addAttribute("latest", list.stream().filter(x -> x.status().equals("SUCCEEDED")).findFirst().orElse(null));
        return "governance/quality-block :: quality";
    }

    /** A run's findings as CSV, for the console (the API's download takes a bearer token). */
    @GetMapping("/catalog/data/findings.csv")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    void findings(@RequestParam long id, HttpServletResponse response) throws IOException {
        TableDownload.send(FindingTable.HEADER, FindingTable.rows(runs.findings(id, Callers.current())), "csv", "rule-run-" + id + "-findings",
                "findings", response);
    }

    /** The rules editor: the current rules as JSON, or the suggestions when asked. */
    @GetMapping("/catalog/rules")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String rules(@RequestParam String code, @RequestParam(defaultValue = "false") boolean suggest, Model model) {
        model.addAttribute("r", catalog.get(code, Callers.current()));
        var current = ruleSets.current(code, Callers.current());
        model.addAttribute("ruleSet", current);
        model.addAttribute("history", ruleSets.history(code, Callers.current()));
        List<Map<String, Object>> shown = current.rules();
        if (suggest) {
            List<RuleSuggestions.Suggestion> suggestions = ruleSets.suggestions(code, Callers.current());
            model.addAttribute("suggestions", suggestions);
            shown = suggestions.stream().map(RuleSuggestions.Suggestion::rule).toList();
        }
        if (!model.containsAttribute("definitions")) {
            model.addAttribute("definitions", json.writerWithDefaultPrettyPrinter().writeValueAsString(shown));
        }
        return "governance/rules";
    }

    @PostMapping("/catalog/rules")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String save(@RequestParam String code, @RequestParam String definitions, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        try {
            List<Object> rules;
            try {
                rules = json.readValue(definitions, json.getTypeFactory().constructCollectionType(List.class, Object.class));
            } catch (JacksonException e) {
                throw InvalidInputException.of("rules", "not a JSON array: " + e.getOriginalMessage());
            }
            ruleSets.save(code, rules, comment, Callers.current());
            redirect.addFlashAttribute("message", "rules.saved");
        } catch (InvalidInputException e) {
            List<String> problems = new ArrayList<>();
            e.errors().forEach(f -> problems.add(f.field() + ": " + f.message()));
            redirect.addFlashAttribute("problems", problems);
            redirect.addFlashAttribute("definitions", definitions);
        } catch (ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("definitions", definitions);
        }
        return "redirect:/catalog/rules?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    @PostMapping("/catalog/rules/run")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String run(@RequestParam String code, RedirectAttributes redirect) {
        try {
            runs.start(code, Callers.current());
            redirect.addFlashAttribute("message", "rules.runStarted");
        } catch (ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/catalog/data?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    /** Departments compared by their resources' latest runs, and one resource's trend over its runs (ECharts). */
    @GetMapping("/governance/quality")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String dashboard(@RequestParam(required = false) String code, @RequestParam(required = false) Long department, Model model) {
        List<DepartmentQuality> departments = quality.departments(Callers.current());
        model.addAttribute("departments", departments);
        model.addAttribute("code", code);
        if (department != null) {
            model.addAttribute("department", departments.stream().filter(d -> d.departmentId() == department).findFirst().orElse(null));
            model.addAttribute("departmentRuns", quality.department(department, Callers.current()));
        }
        Map<String, Object> trend = new LinkedHashMap<>();
        if (code != null && !code.isBlank()) {
            model.addAttribute("r", catalog.get(code, Callers.current()));
            List<RuleRun> points = quality.trend(code, Callers.current());
            model.addAttribute("points", points.reversed());
            trend.put("findings", points.stream().map(p -> "/catalog/data/findings.csv?id=" + p.id()).toList());
            trend.put("labels", points.stream().map(p -> "#" + p.id() + (p.asOfBatch() == null ? "" : " · " + p.asOfBatch())).toList());
            trend.put("score", points.stream().map(p -> p.quality().score()).toList());
            trend.put("completeness", points.stream().map(p -> pct(p.quality().completeness())).toList());
            trend.put("validity", points.stream().map(p -> pct(p.quality().validity())).toList());
            trend.put("uniqueness", points.stream().map(p -> pct(p.quality().uniqueness())).toList());
            trend.put("consistency", points.stream().map(p -> pct(p.quality().consistency())).toList());
            trend.put("timeliness", points.stream().map(p -> pct(p.quality().timeliness())).toList());
        }
        model.addAttribute("trend", trend);
        return "governance/quality";
    }

    private static Double pct(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }
}
