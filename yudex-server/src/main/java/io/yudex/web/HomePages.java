package io.yudex.web;

import io.yudex.catalog.CatalogLists;
import io.yudex.catalog.CatalogStats;
import io.yudex.catalog.OpenType;
import io.yudex.catalog.ResourceClass;
import io.yudex.catalog.ShareType;
import io.yudex.catalog.Vocabulary;
import io.yudex.identity.Callers;
import io.yudex.organisation.OrganisationService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Log-in page and the dashboard. */
@Controller
class HomePages {

    private final CatalogLists lists;
    private final OrganisationService organisations;

    HomePages(CatalogLists lists, OrganisationService organisations) {
        this.lists = lists;
        this.organisations = organisations;
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login() {
        return "login";
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String dashboard(Model model) {
        CatalogStats stats = lists.stats(Callers.current());
        boolean zh = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage().equals("zh");
        model.addAttribute("stats", stats);
        model.addAttribute("departmentCount", organisations.departments().size());
        model.addAttribute("byProvider", stats.byProvider());
        model.addAttribute("byClass", labelled(stats.byResourceClass(), ResourceClass.class, zh));
        model.addAttribute("byShareType", labelled(stats.byShareType(), ShareType.class, zh));
        model.addAttribute("byOpenType", labelled(stats.byOpenType(), OpenType.class, zh));
        return "dashboard";
    }

    private static <E extends Enum<E> & Vocabulary> Map<String, Long> labelled(Map<String, Long> counts, Class<E> type, boolean zh) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(Enum.valueOf(type, k).label(zh), v));
        return out;
    }
}
