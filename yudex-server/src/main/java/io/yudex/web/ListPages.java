package io.yudex.web;

import io.yudex.catalog.CatalogLists;
import io.yudex.catalog.Library;
import io.yudex.catalog.ListExporter;
import io.yudex.catalog.ListParams;
import io.yudex.catalog.Resource;
import io.yudex.catalog.UpdateCycle;
import io.yudex.organisation.OrganisationService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The share list (共享清单) and open list (开放清单) pages with their XLSX/CSV exports. */
@Controller
class ListPages {

    private final CatalogLists lists;
    private final OrganisationService organisations;

    ListPages(CatalogLists lists, OrganisationService organisations) {
        this.lists = lists;
        this.organisations = organisations;
    }

    @GetMapping("/lists/share")
    @PreAuthorize("isAuthenticated()")
    String share(ListParams params, Model model) {
        return page("lists.shareTitle", "/lists/share", lists.shareList(params.filter()), params, model);
    }

    @GetMapping("/lists/open")
    @PreAuthorize("isAuthenticated()")
    String open(ListParams params, Model model) {
        return page("lists.openTitle", "/lists/open", lists.openList(params.filter()), params, model);
    }

    @GetMapping("/lists/share.xlsx")
    @PreAuthorize("isAuthenticated()")
    void shareXlsx(ListParams params, HttpServletResponse response) throws IOException {
        xlsx(lists.shareList(params.filter()), "share-list", "共享清单", response);
    }

    @GetMapping("/lists/share.csv")
    @PreAuthorize("isAuthenticated()")
    void shareCsv(ListParams params, HttpServletResponse response) throws IOException {
        csv(lists.shareList(params.filter()), "share-list", response);
    }

    @GetMapping("/lists/open.xlsx")
    @PreAuthorize("isAuthenticated()")
    void openXlsx(ListParams params, HttpServletResponse response) throws IOException {
        xlsx(lists.openList(params.filter()), "open-list", "开放清单", response);
    }

    @GetMapping("/lists/open.csv")
    @PreAuthorize("isAuthenticated()")
    void openCsv(ListParams params, HttpServletResponse response) throws IOException {
        csv(lists.openList(params.filter()), "open-list", response);
    }

    private String page(String titleKey, String base, List<Resource> rows, ListParams params, Model model) {
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("base", base);
        model.addAttribute("rows", rows);
        model.addAttribute("params", params);
        model.addAttribute("departments", organisations.departments());
        model.addAttribute("libraries", Library.values());
        model.addAttribute("updateCycles", UpdateCycle.values());
        return "catalog/lists";
    }

    private static void xlsx(List<Resource> rows, String file, String sheet, HttpServletResponse response) throws IOException {
        ListExporter.download(rows, "xlsx", file, sheet, response);
    }

    private static void csv(List<Resource> rows, String file, HttpServletResponse response) throws IOException {
        ListExporter.download(rows, "csv", file, "", response);
    }
}
