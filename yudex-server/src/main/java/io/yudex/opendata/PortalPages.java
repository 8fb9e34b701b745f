package io.yudex.opendata;

import io.yudex.governance.QualityService;
import io.yudex.governance.RuleRun;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import io.yudex.search.SearchResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public portal (公共数据开放平台), no log-in: home, dataset search with facets, dataset pages with preview and
 * downloads of the current release, department pages. Views and downloads are published as {@link OpenDataUsed}.
 */
@Controller
class PortalPages {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = 500;
    private static final int SORT_LIMIT = 5000;

    private final OpenCatalog open;
    private final ReleaseService releases;
    private final UsageCounter usage;
    private final QualityService quality;
    private final OpenDataProperties properties;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final PortalExtras extras;

    PortalPages(OpenCatalog open, ReleaseService releases, UsageCounter usage, QualityService quality, OpenDataProperties properties,
            ApplicationEventPublisher events, JsonMapper json, Clock clock, PortalExtras extras) {
        this.extras = extras;
        this.open = open;
        this.releases = releases;
        this.usage = usage;
        this.quality = quality;
        this.properties = properties;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/open")
    @PreAuthorize("permitAll()")
    String home(Model model) {
        List<OpenDataset> all = open.all();
        model.addAttribute("datasetCount", all.size());
        model.addAttribute("releasedCount", all.stream().filter(OpenDataset::downloadable).count());
        model.addAttribute("departmentCount", all.stream().map(d -> d.resource().providerId()).distinct().count());
        model.addAttribute("downloadCount", usage.totalDownloads());
        model.addAttribute("newest", all.stream().limit(6).toList());
        Map<String, Long> themes = new LinkedHashMap<>();
        all.forEach(d -> themes.merge(theme(d), 1L, Long::sum));
        model.addAttribute("themes", themes);
        model.addAttribute("departments", open.byDepartment());
        model.addAllAttributes(extras.home(zh()));
        return "open/home";
    }

    @GetMapping("/open/datasets")
    @PreAuthorize("permitAll()")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "relevance") String sort, @RequestParam MultiValueMap<String, String> params, Model model) {
        if (page < 0 || page > MAX_PAGE) {
            throw InvalidInputException.of("page", "must be 0.." + MAX_PAGE);
        }
        if (q != null && q.length() > 200) {
            throw InvalidInputException.of("q", "at most 200 characters");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : OpenCatalog.FACETS) {
            List<String> values = params.get(dim);
            if (values != null && !values.isEmpty()) {
                filters.put(dim, values.stream().filter(v -> !v.isBlank()).limit(20).toList());
            }
        }
        filters.values().removeIf(List::isEmpty);
        SearchResult result = switch (sort) {
            case "relevance" -> open.search(q, filters, page, PAGE_SIZE);
            case "newest", "downloads" -> sorted(q, filters, page, sort);
            default -> throw InvalidInputException.of("sort", "must be relevance, newest or downloads");
        };
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", sort);
        model.addAttribute("filters", filters);
        model.addAttribute("result", result);
        model.addAttribute("page", page);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("facetNames", OpenCatalog.FACETS);
        model.addAttribute("labels", labels(zh()));
        return "open/list";
    }

    @GetMapping("/open/datasets/{classification}/{sequence}")
    @PreAuthorize("permitAll()")
    String dataset(@PathVariable String classification, @PathVariable String sequence, Model model) {
        OpenDataset d = open.get(classification + "/" + sequence);
        String code = d.resource().code();
        model.addAttribute("d", d);
        model.addAttribute("r", d.resource());
        model.addAttribute("release", d.release());
        model.addAttribute("theme", theme(d));
        model.addAttribute("usage", usage.totals(code));
        model.addAttribute("history", d.release() == null ? List.of() : releases.acceptedHistory(code));
        model.addAttribute("quality", latestQuality(code));
        model.addAttribute("site", site());
        if (d.downloadable()) {
            ReleaseData data = releases.data(d.resource(), d.release());
            model.addAttribute("columns", data.columns());
            model.addAttribute("header", data.header(zh()));
            model.addAttribute("preview", data.page(0, properties.previewRows()));
        }
        model.addAttribute("jsonLd", schemaOrg(d));
        model.addAllAttributes(extras.dataset(d, extras.all(), io.yudex.identity.PublicAccounts.current()));
        events.publishEvent(new OpenDataUsed(code, OpenDataUsed.VIEW, null, d.release() == null ? null : d.release().id(), clock.instant()));
        return "open/dataset";
    }

    @GetMapping("/open/datasets/{classification}/{sequence}/download.{format}")
    @PreAuthorize("permitAll()")
    void download(@PathVariable String classification, @PathVariable String sequence, @PathVariable String format,
            HttpServletResponse response) throws IOException {
        String contentType = ReleaseExport.contentType(format);
        OpenDataset d = open.get(classification + "/" + sequence);
        if (!d.downloadable()) {
            throw new NotFoundException("Dataset " + d.resource().code() + " has no public download"
                    + (d.resource().openType() == io.yudex.catalog.OpenType.CONDITIONAL ? ": it is open on application only" : " yet"));
        }
        events.publishEvent(new OpenDataUsed(d.resource().code(), OpenDataUsed.DOWNLOAD, format, d.release().id(), clock.instant()));
        response.setContentType(contentType);
        String file = d.resource().code().replace('/', '-') + "-r" + d.release().id() + "." + format;
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString());
        ReleaseExport.write(releases.data(d.resource(), d.release()), format, true, json, response.getOutputStream());
    }

    @GetMapping("/open/departments/{code}")
    @PreAuthorize("permitAll()")
    String department(@PathVariable String code, Model model) {
        List<OpenDataset> datasets = open.all().stream().filter(d -> d.resource().providerCode().equalsIgnoreCase(code)).toList();
        if (datasets.isEmpty()) {
            throw new NotFoundException("No department with open datasets has code " + code);
        }
        model.addAttribute("department", datasets.getFirst().resource().providerName());
        model.addAttribute("region", datasets.getFirst().resource().regionName());
        model.addAttribute("datasets", datasets);
        return "open/department";
    }

    @GetMapping(value = "/sitemap.xml", produces = "application/xml")
    @PreAuthorize("permitAll()")
    void sitemap(HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        String site = site();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        b.append(url(site + "/open", null)).append(url(site + "/open/datasets", null));
        List<OpenDataset> all = open.all();
        all.stream().map(d -> d.resource().providerCode()).distinct().forEach(c -> b.append(url(site + "/open/departments/" + c, null)));
        all.forEach(d -> b.append(url(site + "/open/datasets/" + d.resource().code(), d.resource().updatedAt().toString().substring(0, 10))));
        b.append("</urlset>\n");
        response.getOutputStream().write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String url(String loc, String lastmod) {
        return "  <url><loc>" + org.springframework.web.util.HtmlUtils.htmlEscape(loc) + "</loc>"
                + (lastmod == null ? "" : "<lastmod>" + lastmod + "</lastmod>") + "</url>\n";
    }

    /** Sorted by something the index does not rank by: all matches (a few thousand at most) sorted here, then paged. */
    private SearchResult sorted(String q, Map<String, List<String>> filters, int page, String sort) {
        SearchResult first = open.search(q, filters, 0, 1);
        if (first.total() > SORT_LIMIT) {
            throw InvalidInputException.of("sort", "sorting is limited to " + SORT_LIMIT + " matches; narrow the search");
        }
        List<SearchResult.Hit> all = new ArrayList<>();
        for (int p = 0; (long) p * 200 < first.total(); p++) {
            all.addAll(open.search(q, filters, p, 200).hits());
        }
        Comparator<SearchResult.Hit> order = sort.equals("newest")
                ? Comparator.comparing((SearchResult.Hit h) -> h.document().updatedAt()).reversed()
                : Comparator.comparingLong((SearchResult.Hit h) -> usage.totals(h.document().code()).get("downloads")).reversed();
        all.sort(order);
        int from = Math.min(all.size(), page * PAGE_SIZE);
        return new SearchResult(first.total(), all.subList(from, Math.min(all.size(), from + PAGE_SIZE)), first.facets());
    }

    /** Display labels of the facet values the index holds as enum names. */
    static Map<String, Map<String, String>> labels(boolean zh) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        out.put("resourceClass", vocabulary(io.yudex.catalog.ResourceClass.values(), zh));
        out.put("baseLibrary", vocabulary(io.yudex.catalog.Library.values(), zh));
        out.put("format", vocabulary(io.yudex.catalog.FormatClass.values(), zh));
        out.put("openType", vocabulary(io.yudex.catalog.OpenType.values(), zh));
        out.put("updateCycle", vocabulary(io.yudex.catalog.UpdateCycle.values(), zh));
        return out;
    }

    private static <E extends Enum<E> & io.yudex.catalog.Vocabulary> Map<String, String> vocabulary(E[] values, boolean zh) {
        Map<String, String> m = new LinkedHashMap<>();
        for (E e : values) {
            m.put(e.name(), e.label(zh));
        }
        return m;
    }

    private Double latestQuality(String code) {
        try {
            List<RuleRun> runs = quality.trend(code, ReleaseService.SYSTEM);
            return runs.isEmpty() || runs.getLast().quality() == null ? null : runs.getLast().quality().score();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String theme(OpenDataset d) {
        boolean zh = zh();
        return d.resource().library() == null ? (zh ? "部门资源" : "Department resources") : d.resource().library().label(zh);
    }

    private static boolean zh() {
        return LocaleContextHolder.getLocale().getLanguage().equals("zh");
    }

    /** schema.org Dataset for search engines, serialised by Jackson so every value is escaped. */
    private String schemaOrg(OpenDataset d) {
        var r = d.resource();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org/");
        ld.put("@type", "Dataset");
        ld.put("name", r.name());
        ld.put("description", r.summary());
        ld.put("identifier", r.code());
        ld.put("url", site() + "/open/datasets/" + r.code());
        ld.put("keywords", r.tags());
        ld.put("license", properties.licence());
        ld.put("isAccessibleForFree", true);
        ld.put("dateModified", r.updatedAt().toString());
        ld.put("creator", Map.of("@type", "GovernmentOrganization", "name", r.providerName()));
        ld.put("publisher", Map.of("@type", "GovernmentOrganization", "name", properties.publisherName()));
        if (d.downloadable()) {
            ld.put("distribution", ReleaseExport.FORMATS.stream().map(f -> Map.of("@type", "DataDownload", "encodingFormat",
                    ReleaseExport.contentType(f).replaceFirst(";.*", ""), "contentUrl", CkanPackages.downloadUrl(site(), r.code(), f))).toList());
        }
        // "</" must not end the script element early
        return json.writeValueAsString(ld).replace("</", "<\\/");
    }

    private static String site() {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
