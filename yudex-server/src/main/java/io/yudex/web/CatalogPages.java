package io.yudex.web;

import io.yudex.catalog.CatalogLists;
import io.yudex.catalog.CatalogSearch;
import io.yudex.catalog.CatalogService;
import io.yudex.catalog.DataGrade;
import io.yudex.catalog.DataType;
import io.yudex.catalog.FormatClass;
import io.yudex.catalog.Library;
import io.yudex.catalog.OpenType;
import io.yudex.catalog.Resource;
import io.yudex.catalog.ResourceClass;
import io.yudex.catalog.Sensitivity;
import io.yudex.catalog.ShareMode;
import io.yudex.catalog.ShareType;
import io.yudex.catalog.UpdateCycle;
import io.yudex.identity.Caller;
import io.yudex.identity.Callers;
import io.yudex.identity.Role;
import io.yudex.organisation.OrganisationService;
import io.yudex.platform.ConflictException;
import io.yudex.platform.FieldError;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.search.SearchResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages of the catalog: search, detail with history, register/edit, review actions. */
@Controller
class CatalogPages {

    private static final int PAGE_SIZE = 20;

    private final CatalogService catalog;
    private final CatalogSearch search;
    private final CatalogLists lists;
    private final OrganisationService organisations;

    CatalogPages(CatalogService catalog, CatalogSearch search, CatalogLists lists, OrganisationService organisations) {
        this.catalog = catalog;
        this.search = search;
        this.lists = lists;
        this.organisations = organisations;
    }

    @GetMapping("/catalog")
    @PreAuthorize("isAuthenticated()")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam MultiValueMap<String, String> params, Model model) {
        String text = q.length() > 200 ? q.substring(0, 200) : q;
        int safePage = Math.max(0, Math.min(page, 500));
        Map<String, List<String>> filters = CatalogSearch.filtersOf(params);
        SearchResult result = search.search(text, filters, Callers.current(), safePage, PAGE_SIZE);
        model.addAttribute("q", text);
        model.addAttribute("hits", result.hits());
        model.addAttribute("total", result.total());
        model.addAttribute("facets", result.facets());
        model.addAttribute("dimensions", CatalogSearch.DIMENSIONS);
        model.addAttribute("page", safePage);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("view", new SearchView(text, filters, chinese()));
        return "catalog/search";
    }

    @GetMapping("/catalog/resource")
    @PreAuthorize("isAuthenticated()")
    String detail(@RequestParam String code, Model model) {
        Caller caller = Callers.current();
        Resource r = catalog.get(code, caller);
        model.addAttribute("r", r);
        model.addAttribute("history", catalog.history(code, caller));
        model.addAttribute("canEdit", caller.platformAdmin() || (caller.has(Role.DEPT_ADMIN) && caller.belongsTo(r.providerId())));
        return "catalog/detail";
    }

    @GetMapping("/catalog/review")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String review(Model model) {
        model.addAttribute("resources", lists.reviewQueue());
        model.addAttribute("titleKey", "review.title");
        return "catalog/table";
    }

    @GetMapping("/catalog/mine")
    @PreAuthorize("hasRole('DEPT_ADMIN')")
    String mine(Model model) {
        model.addAttribute("resources", lists.ofProvider(Callers.current().departmentId()));
        model.addAttribute("titleKey", "mine.title");
        return "catalog/table";
    }

    @GetMapping("/catalog/new")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String newForm(Model model) {
        return form(ResourceForm.empty(5), null, List.of(), model);
    }

    @PostMapping("/catalog/new")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String create(@ModelAttribute("form") ResourceForm form, Model model, RedirectAttributes redirect) {
        try {
            Resource r = catalog.create(form.toCommand(), Callers.current());
            redirect.addFlashAttribute("message", "flash.created");
            return redirectTo(r.code());
        } catch (InvalidInputException e) {
            return form(form, null, e.errors(), model);
        } catch (ConflictException | ForbiddenException e) {
            return form(form, null, List.of(new FieldError("name", e.getMessage())), model);
        }
    }

    @GetMapping("/catalog/edit")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String editForm(@RequestParam String code, Model model) {
        return form(ResourceForm.of(catalog.get(code, Callers.current())), code, List.of(), model);
    }

    @PostMapping("/catalog/edit")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String update(@RequestParam String code, @ModelAttribute("form") ResourceForm form, Model model, RedirectAttributes redirect) {
        try {
            catalog.update(code, form.toCommand(), Callers.current());
            redirect.addFlashAttribute("message", "flash.saved");
            return redirectTo(code);
        } catch (InvalidInputException e) {
            return form(form, code, e.errors(), model);
        } catch (ConflictException | ForbiddenException e) {
            return form(form, code, List.of(new FieldError("status", e.getMessage())), model);
        }
    }

    @PostMapping("/catalog/resource/submit")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String submit(@RequestParam String code, RedirectAttributes redirect) {
        return act(code, "flash.submitted", redirect, () -> catalog.submit(code, Callers.current()));
    }

    @PostMapping("/catalog/resource/publish")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String publish(@RequestParam String code, RedirectAttributes redirect) {
        return act(code, "flash.published", redirect, () -> catalog.publish(code, Callers.current()));
    }

    @PostMapping("/catalog/resource/return")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String sendBack(@RequestParam String code, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(code, "flash.returned", redirect, () -> catalog.sendBack(code, reason, Callers.current()));
    }

    @PostMapping("/catalog/resource/deprecate")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'DEPT_ADMIN')")
    String deprecate(@RequestParam String code, RedirectAttributes redirect) {
        return act(code, "flash.deprecated", redirect, () -> catalog.deprecate(code, null, Callers.current()));
    }

    private String act(String code, String message, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", message);
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return redirectTo(code);
    }

    private String form(ResourceForm form, String code, List<FieldError> errors, Model model) {
        if (form.getItems().stream().allMatch(r -> r.getName() == null || r.getName().isBlank())) {
            form.padItems(form.getItems().isEmpty() ? 5 : 0);
        }
        model.addAttribute("form", form);
        model.addAttribute("code", code);
        model.addAttribute("errors", errors);
        model.addAttribute("resourceClasses", ResourceClass.values());
        model.addAttribute("libraries", Library.values());
        model.addAttribute("formatClasses", FormatClass.values());
        model.addAttribute("updateCycles", UpdateCycle.values());
        model.addAttribute("dataTypes", DataType.values());
        model.addAttribute("sensitivities", Sensitivity.values());
        model.addAttribute("shareTypes", ShareType.values());
        model.addAttribute("shareModes", ShareMode.values());
        model.addAttribute("openTypes", OpenType.values());
        model.addAttribute("dataGrades", DataGrade.values());
        model.addAttribute("departments", organisations.departments());
        return "catalog/form";
    }

    private static String redirectTo(String code) {
        return "redirect:/catalog/resource?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private static boolean chinese() {
        return LocaleContextHolder.getLocale().getLanguage().equals("zh");
    }
}
