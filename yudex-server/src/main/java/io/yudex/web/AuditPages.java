package io.yudex.web;

import io.yudex.audit.AuditInsights;
import io.yudex.audit.AuditLog;
import io.yudex.audit.AuditQueries;
import io.yudex.audit.AuditQuery;
import io.yudex.audit.AuditSearch;
import io.yudex.auditlog.AuditJson;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The auditor's console: search the log, export it, usage charts, unusual-use flags, and verification. */
@Controller
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final AuditSearch search;
    private final AuditInsights insights;
    private final Clock clock;

    AuditPages(AuditLog log, AuditSearch search, AuditInsights insights, Clock clock) {
        this.log = log;
        this.search = search;
        this.insights = insights;
        this.clock = clock;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    String page(@RequestParam Map<String, String> params, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "30") int days,
            Model model) {
        AuditQuery q = query(params);
        int d = Math.clamp(days, 1, 366);
        var since = clock.instant().minus(d, ChronoUnit.DAYS);
        var until = clock.instant().plusSeconds(1);
        model.addAttribute("q", params);
        model.addAttribute("days", d);
        model.addAttribute("result", search.search(q, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("flags", insights.flags(since, until));
        model.addAttribute("usage", insights.usage(since, until));
        model.addAttribute("checkpoint", log.latest().orElse(null));
        model.addAttribute("csvUrl", ServletUriComponentsBuilder.fromCurrentRequest().replacePath("/audit/entries.csv").replaceQueryParam("page").toUriString());
        model.addAttribute("prevUrl", ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page - 1).toUriString());
        model.addAttribute("nextUrl", ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page + 1).toUriString());
        return "audit/audit";
    }

    @GetMapping("/audit/entries.csv")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    void csv(@RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        AuditQueries.csv(search, query(params), response);
    }

    /** The verifiable export, for the offline verifier. */
    @GetMapping("/audit/export")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    void export(HttpServletResponse response) throws IOException {
        var export = log.export();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("yudex-audit-export.json").build().toString());
        AuditJson.write(export, response.getOutputStream());
    }

    /** Signs a checkpoint of the current state and verifies the whole log (htmx fragment). */
    @GetMapping("/audit/verify")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    String verify(Model model) {
        model.addAttribute("checkpoint", log.checkpoint());
        model.addAttribute("verification", log.verify());
        model.addAttribute("publicKey", log.publicKeyHex());
        return "audit/audit :: verification";
    }

    private static AuditQuery query(Map<String, String> p) {
        Map<String, String> v = new LinkedHashMap<>(p);
        return AuditQueries.of(v.get("department"), v.get("resource"), v.get("client"), v.get("purpose"), v.get("action"), v.get("actor"),
                v.get("from"), v.get("to"));
    }
}
