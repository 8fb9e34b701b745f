package io.yudex.web;

import io.yudex.catalog.CatalogLists;
import io.yudex.catalog.CatalogService;
import io.yudex.catalog.DataItem;
import io.yudex.catalog.ListFilter;
import io.yudex.catalog.Resource;
import io.yudex.identity.Caller;
import io.yudex.identity.Callers;
import io.yudex.opendata.OpenRelease;
import io.yudex.opendata.ReleasePlan;
import io.yudex.opendata.ReleaseRefusedException;
import io.yudex.opendata.ReleaseService;
import io.yudex.platform.ConflictException;
import io.yudex.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data admin's form for opening a resource: pick a resource and a batch, a treatment per column (keep, drop, a
 * public mask, a generalisation, or any masking spec), the declared quasi-identifiers and k; run the safe-publication
 * check, read its report (violating classes, suggested generalisation) and publish once it passes.
 */
@Controller
class ReleaseFormPages {

    /** Treatments offered in the form; "" keeps the column, CUSTOM takes the spec typed next to it. */
    static final List<String> TREATMENTS = List.of("", ReleasePlan.DROP, "NULLIFY", "MASK_SHOW_FIRST_LAST(1,0)", "MASK_SHOW_FIRST_LAST(3,4)",
            "DATE_SHOW_YEAR", "GENERALISE_DIVISION(COUNTY)", "GENERALISE_DIVISION(CITY)", "GENERALISE_DIVISION(PROVINCE)", "GENERALISE_ADDRESS",
            "HASH(SM3)", "CUSTOM");

    private final ReleaseService releases;
    private final CatalogLists lists;
    private final CatalogService catalog;

    ReleaseFormPages(ReleaseService releases, CatalogLists lists, CatalogService catalog) {
        this.releases = releases;
        this.lists = lists;
        this.catalog = catalog;
    }

    @GetMapping("/opendata/releases/new")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String form(@RequestParam(required = false) String resource, Model model) {
        Caller me = Callers.current();
        model.addAttribute("resources", releasable(me));
        model.addAttribute("treatments", TREATMENTS);
        if (resource != null && !resource.isBlank()) {
            Resource r = catalog.get(resource, me);
            model.addAttribute("r", r);
            model.addAttribute("batches", releases.releasableBatches(r.code(), me));
            model.addAttribute("chosen", Map.of());
            model.addAttribute("custom", Map.of());
            model.addAttribute("qis", List.of());
        }
        return "opendata/release-form";
    }

    @PostMapping("/opendata/releases/new")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String submit(@RequestParam(required = false) String resource, @RequestParam(required = false) Long batch, @RequestParam(required = false) Integer k,
            @RequestParam(required = false) String note, @RequestParam(defaultValue = "check") String action,
            @RequestParam MultiValueMap<String, String> params, Model model) {
        Caller me = Callers.current();
        if (resource == null || resource.isBlank()) {
            throw InvalidInputException.of("resource", "choose a resource");
        }
        Resource r = catalog.get(resource, me);
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<String, String> custom = new LinkedHashMap<>();
        Map<String, String> treatments = new LinkedHashMap<>();
        for (DataItem item : r.items()) {
            String t = params.getFirst("t_" + item.name());
            String c = params.getFirst("c_" + item.name());
            chosen.put(item.name(), t == null ? "" : t);
            custom.put(item.name(), c == null ? "" : c);
            if ("CUSTOM".equals(t)) {
                if (c == null || c.isBlank()) {
                    throw InvalidInputException.of("c_" + item.name(), "type a masking spec for " + item.name());
                }
                treatments.put(item.name(), c.strip());
            } else if (t != null && !t.isBlank()) {
                treatments.put(item.name(), t);
            }
        }
        List<String> qis = new ArrayList<>(params.getOrDefault("qi", List.of()));
        ReleasePlan plan = new ReleasePlan(r.code(), qis, treatments, k, note == null || note.isBlank() ? null : note.strip());
        model.addAttribute("resources", releasable(me));
        model.addAttribute("treatments", TREATMENTS);
        model.addAttribute("r", r);
        model.addAttribute("batches", releases.releasableBatches(r.code(), me));
        model.addAttribute("batch", batch);
        model.addAttribute("k", k);
        model.addAttribute("note", note);
        model.addAttribute("chosen", chosen);
        model.addAttribute("custom", custom);
        model.addAttribute("qis", qis);
        try {
            if ("publish".equals(action)) {
                OpenRelease release = releases.publish(plan, batch, me);
                return "redirect:/opendata/releases?published=" + release.id();
            }
            model.addAttribute("report", releases.dryRun(plan, batch, me));
        } catch (ReleaseRefusedException e) {
            model.addAttribute("report", e.release().report());
            model.addAttribute("refusedId", e.release().id());
        } catch (InvalidInputException | ConflictException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "opendata/release-form";
    }

    private List<Resource> releasable(Caller me) {
        List<Resource> open = me.platformAdmin() ? lists.openList(ListFilter.NONE)
                : lists.ofProvider(me.departmentId()).stream()
                        .filter(r -> r.status() == io.yudex.catalog.ResourceStatus.PUBLISHED && r.openType() != io.yudex.catalog.OpenType.NOT_OPEN)
                        .toList();
        return open;
    }
}
