package io.yudex.web;

import io.yudex.ingest.batch.BatchStatus;
import io.yudex.catalog.CatalogService;
import io.yudex.catalog.Resource;
import io.yudex.data.LoadMode;
import io.yudex.identity.Caller;
import io.yudex.identity.Callers;
import io.yudex.ingest.pull.ConnectionCommand;
import io.yudex.ingest.pull.ConnectionService;
import io.yudex.ingest.pull.Incremental;
import io.yudex.ingest.pull.PullCommand;
import io.yudex.ingest.pull.PullService;
import io.yudex.ingest.pull.SourceConnection;
import io.yudex.organisation.OrganisationService;
import io.yudex.platform.ConflictException;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages of providers' database connections and of the pulls that read them into a resource. */
@Controller
class PullPages {

    private final ConnectionService connections;
    private final PullService pulls;
    private final CatalogService catalog;
    private final OrganisationService organisations;

    PullPages(ConnectionService connections, PullService pulls, CatalogService catalog, OrganisationService organisations) {
        this.connections = connections;
        this.pulls = pulls;
        this.catalog = catalog;
        this.organisations = organisations;
    }

    @GetMapping("/ingest/connections")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String connections(Model model) {
        model.addAttribute("connections", connections.list(Callers.current()));
        model.addAttribute("departments", organisations.departments());
        model.addAttribute("departmentNames", organisations.departments().stream()
                .collect(java.util.stream.Collectors.toMap(d -> d.id(), d -> d.name())));
        return "ingest/connections";
    }

    @PostMapping("/ingest/connections")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String createConnection(@RequestParam(required = false) Long departmentId, @RequestParam String name, @RequestParam String url,
            @RequestParam(required = false) String username, @RequestParam(required = false) String password, RedirectAttributes redirect) {
        Caller caller = Callers.current();
        Long department = caller.platformAdmin() ? departmentId : null;
        return ConsoleActions.act("/ingest/connections", redirect, () -> connections.create(new ConnectionCommand(department, name, url, username, password), caller));
    }

    @PostMapping("/ingest/connections/test")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String test(@RequestParam long id, RedirectAttributes redirect) {
        try {
            ConnectionService.TestResult result = connections.test(id, Callers.current());
            redirect.addFlashAttribute(result.ok() ? "tested" : "error", result.ok()
                    ? result.product() + " · " + result.millis() + " ms" : result.message());
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/ingest/connections";
    }

    @PostMapping("/ingest/connections/delete")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String deleteConnection(@RequestParam long id, RedirectAttributes redirect) {
        return ConsoleActions.act("/ingest/connections", redirect, () -> {
            connections.delete(id, Callers.current());
            return null;
        });
    }

    /** The pulls of a resource with the form to define one; loaded into the data page. */
    @GetMapping("/catalog/data/pulls")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN', 'AUDITOR')")
    String pulls(@RequestParam String code, Model model) {
        Caller caller = Callers.current();
        Resource r = catalog.get(code, caller);
        model.addAttribute("r", r);
        var list = pulls.list(code, caller);
        model.addAttribute("pulls", list);
        // the table polls itself while a pull's batch runs, like the batches table, so its status does not go stale
        model.addAttribute("anyPullRunning", list.stream().anyMatch(p -> BatchStatus.RUNNING.name().equals(p.lastStatus())));
        model.addAttribute("connections", connections.list(caller).stream().filter(c -> c.departmentId() == r.providerId()).toList());
        model.addAttribute("connectionNames", connections.list(caller).stream()
                .collect(java.util.stream.Collectors.toMap(SourceConnection::id, SourceConnection::name)));
        model.addAttribute("modes", LoadMode.values());
        model.addAttribute("incrementals", Incremental.values());
        return "catalog/pulls :: pulls";
    }

    @PostMapping("/catalog/data/pulls")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String createPull(@RequestParam String code, @RequestParam(required = false) Long connectionId, @RequestParam String name,
            @RequestParam(required = false) String table, @RequestParam(required = false) String query, @RequestParam String mode,
            @RequestParam(defaultValue = "NONE") String incremental, @RequestParam(required = false) String incrementalColumn,
            @RequestParam(required = false) String cron, @RequestParam(required = false) String mapping, RedirectAttributes redirect) {
        return ConsoleActions.act(data(code), redirect, () -> pulls.create(new PullCommand(code, connectionId, name, table, query, mode, incremental,
                incrementalColumn, cron, true, lines(mapping)), Callers.current()));
    }

    @PostMapping("/catalog/data/pulls/run")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String run(@RequestParam String code, @RequestParam long id, RedirectAttributes redirect) {
        try {
            var batch = pulls.run(id, Callers.current());
            redirect.addFlashAttribute("message", "data.started");
            redirect.addFlashAttribute("startedBatch", batch.id());
        } catch (InvalidInputException | ConflictException | ForbiddenException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + data(code);
    }

    @PostMapping("/catalog/data/pulls/delete")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String deletePull(@RequestParam String code, @RequestParam long id, RedirectAttributes redirect) {
        return ConsoleActions.act(data(code), redirect, () -> {
            pulls.delete(id, Callers.current());
            return null;
        });
    }

    /** "源列=数据项" per line into a mapping; a line "源列=" ignores the column. */
    static Map<String, String> lines(String text) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (text == null) {
            return mapping;
        }
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                mapping.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            } else if (!line.isBlank()) {
                throw InvalidInputException.of("mapping", "write one 'source column=data item' per line, not '" + line.strip() + "'");
            }
        }
        return mapping;
    }

    private static String data(String code) {
        return "/catalog/data?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
