package io.yudex.opendata;

import io.yudex.search.SearchResult;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subset of CKAN's Action API that harvesters and client libraries use, over the open datasets, public and
 * without log-in. Every action answers GET with query parameters and POST with a JSON object (ckanapi's default),
 * in CKAN's envelope {@code {"help","success","result"}}; failures use CKAN's error shape and status codes
 * (404 Not Found Error, 409 Validation Error / Search Query Error, 400 for an unreadable body).
 */
@RestController
@RequestMapping(value = "/api/3/action", produces = MediaType.APPLICATION_JSON_VALUE)
class CkanController {

    private static final int PAGE = 200;
    private static final int SORT_LIMIT = 5000;

    private final OpenCatalog open;
    private final OpenDataProperties properties;
    private final JsonMapper json;

    CkanController(OpenCatalog open, OpenDataProperties properties, JsonMapper json) {
        this.open = open;
        this.properties = properties;
        this.json = json;
    }

    /** An action's error, reported in CKAN's shape. */
    static final class CkanError extends RuntimeException {
        final HttpStatus status;
        final Map<String, Object> error;

        CkanError(HttpStatus status, Map<String, Object> error) {
            super(String.valueOf(error.get("message")));
            this.status = status;
            this.error = error;
        }

        static CkanError notFound(String what) {
            return new CkanError(HttpStatus.NOT_FOUND, new LinkedHashMap<>(Map.of("__type", "Not Found Error", "message", "Not found: " + what)));
        }
    }

    @RequestMapping(value = "/status_show", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Map<String, Object> statusShow() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("ckan_version", "2.10.4");
        s.put("site_url", siteUrl());
        s.put("site_title", "河南省公共数据开放平台 (Yudex)");
        s.put("site_description", "Open data of the provincial government departments of Henan");
        s.put("error_emails_to", null);
        s.put("locale_default", "zh_Hans_CN");
        s.put("extensions", List.of("yudex_dcat_ap", "yudex_safe_publication"));
        return envelope("status_show", s);
    }

    @RequestMapping(value = "/package_list", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Map<String, Object> packageList(HttpServletRequest request, @RequestBody(required = false) String body) {
        Map<String, String> p = params(request, body);
        int limit = CkanQuery.number("limit", p.get("limit"), Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
        int offset = CkanQuery.number("offset", p.get("offset"), 0, 0, Integer.MAX_VALUE);
        List<String> names = open.all().stream().map(d -> CkanPackages.name(d.resource().code())).sorted().skip(offset).limit(limit).toList();
        return envelope("package_list", names);
    }

    @RequestMapping(value = "/package_show", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Map<String, Object> packageShow(HttpServletRequest request, @RequestBody(required = false) String body) {
        String id = required(params(request, body), "id");
        OpenDataset d = open.find(CkanPackages.code(id)).orElseThrow(() -> CkanError.notFound("package " + id));
        return envelope("package_show", CkanPackages.packageDict(d, siteUrl(), properties));
    }

    @RequestMapping(value = "/package_search", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Map<String, Object> packageSearch(HttpServletRequest request, @RequestBody(required = false) String body) {
        Map<String, String> p = params(request, body);
        Map<String, String> orgByName = new TreeMap<>();
        Map<String, String> orgSlugByTitle = new TreeMap<>();
        open.all().forEach(d -> {
            orgByName.put(CkanPackages.organisationName(d.resource().providerCode()), d.resource().providerName());
            orgSlugByTitle.put(d.resource().providerName(), CkanPackages.organisationName(d.resource().providerCode()));
        });
        CkanQuery q = CkanQuery.parse(p.get("q"), p.get("fq"), p.get("rows"), p.get("start"), p.get("sort"), p.get("facet.field"),
                slug -> orgByName.getOrDefault(slug.toLowerCase(Locale.ROOT), slug), CkanPackages::groupValue);
        List<SearchResult.Hit> hits = new ArrayList<>();
        SearchResult first = hits(q, hits);
        List<Map<String, Object>> results = new ArrayList<>();
        for (SearchResult.Hit hit : hits) {
            open.find(hit.document().code()).ifPresent(d -> results.add(CkanPackages.packageDict(d, siteUrl(), properties)));
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        Map<String, Object> searchFacets = new LinkedHashMap<>();
        for (String field : q.facetFields()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            List<Map<String, Object>> items = new ArrayList<>();
            for (SearchResult.FacetCount c : first.facets().getOrDefault(CkanQuery.FIELDS.get(field), List.of())) {
                String name = switch (field) {
                    case "organization" -> orgSlugByTitle.getOrDefault(c.value(), c.value());
                    case "groups" -> c.value().toLowerCase(Locale.ROOT);
                    default -> c.value();
                };
                counts.put(name, c.count());
                items.add(Map.of("name", name, "display_name", c.value(), "count", c.count()));
            }
            facets.put(field, counts);
            searchFacets.put(field, Map.of("title", field, "items", items));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", first.total());
        result.put("sort", p.getOrDefault("sort", "score desc, metadata_modified desc"));
        result.put("facets", facets);
        result.put("search_facets", searchFacets);
        result.put("results", results);
        return envelope("package_search", result);
    }

    @RequestMapping(value = "/organization_list", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Map<String, Object> organizationList(HttpServletRequest request, @RequestBody(required = false) String body) {
        boolean all = "true".equalsIgnoreCase(params(request, body).get("all_fields"));
        Map<String, Map<String, Object>> orgs = organisations();
        return envelope("organization_list", all ? List.copyOf(orgs.values()) : List.copyOf(orgs.keySet()));
    }

    @RequestMapping(value = "/organization_show", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Map<String, Object> organizationShow(HttpServletRequest request, @RequestBody(required = false) String body) {
        Map<String, String> p = params(request, body);
        String id = required(p, "id").toLowerCase(Locale.ROOT);
        Map<String, Object> org = organisations().get(id);
        if (org == null) {
            throw CkanError.notFound("organization " + id);
        }
        Map<String, Object> out = new LinkedHashMap<>(org);
        if ("true".equalsIgnoreCase(p.get("include_datasets"))) {
            out.put("packages", open.all().stream().filter(d -> CkanPackages.organisationName(d.resource().providerCode()).equals(id))
                    .map(d -> CkanPackages.packageDict(d, siteUrl(), properties)).toList());
        }
        return envelope("organization_show", out);
    }

    @RequestMapping(value = "/group_list", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Map<String, Object> groupList(HttpServletRequest request, @RequestBody(required = false) String body) {
        boolean all = "true".equalsIgnoreCase(params(request, body).get("all_fields"));
        Map<String, Map<String, Object>> groups = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        open.all().forEach(d -> counts.merge(CkanPackages.groupName(d.resource()), 1L, Long::sum));
        open.all().forEach(d -> groups.put(CkanPackages.groupName(d.resource()), CkanPackages.group(CkanPackages.groupName(d.resource()),
                d.resource().library() == null ? "部门资源" : d.resource().library().zh(), counts.get(CkanPackages.groupName(d.resource())))));
        return envelope("group_list", all ? List.copyOf(groups.values()) : List.copyOf(groups.keySet()));
    }

    @RequestMapping(value = "/tag_list", method = {RequestMethod.GET, RequestMethod.POST})
    @PreAuthorize("permitAll()")
    Map<String, Object> tagList(HttpServletRequest request, @RequestBody(required = false) String body) {
        Map<String, String> p = params(request, body);
        String query = p.get("query");
        TreeSet<String> tags = new TreeSet<>();
        open.all().forEach(d -> tags.addAll(d.resource().tags()));
        List<String> names = tags.stream().filter(t -> query == null || t.contains(query)).toList();
        boolean all = "true".equalsIgnoreCase(p.get("all_fields"));
        return envelope("tag_list", all ? names.stream().map(CkanPackages::tag).toList() : names);
    }

    @ExceptionHandler(CkanError.class)
    ResponseEntity<Map<String, Object>> ckanError(CkanError e, HttpServletRequest request) {
        return error(e.status, e.error, request);
    }

    @ExceptionHandler(CkanQuery.Invalid.class)
    ResponseEntity<Map<String, Object>> invalid(CkanQuery.Invalid e, HttpServletRequest request) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", e.field.equals("q") || e.field.equals("fq") || e.field.equals("sort") ? "Search Query Error" : "Validation Error");
        error.put("message", e.getMessage());
        error.put(e.field, List.of(e.getMessage()));
        return error(HttpStatus.CONFLICT, error, request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> illegal(IllegalArgumentException e, HttpServletRequest request) {
        return error(HttpStatus.CONFLICT, new LinkedHashMap<>(Map.of("__type", "Validation Error", "message", e.getMessage())), request);
    }

    private ResponseEntity<Map<String, Object>> error(HttpStatus status, Map<String, Object> error, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", help(request.getRequestURI().replaceFirst(".*/", "")));
        body.put("success", false);
        body.put("error", error);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** Fills {@code hits} with the page CKAN asked for; returns a result carrying total and facets. */
    private SearchResult hits(CkanQuery q, List<SearchResult.Hit> hits) {
        SearchResult first = open.search(q.text(), q.filters(), 0, 1);
        if (q.rows() == 0 || q.start() >= first.total()) {
            return first;
        }
        if (q.sort() == null) {
            int from = q.start();
            int to = (int) Math.min(first.total(), (long) q.start() + q.rows());
            for (int page = from / PAGE; page * PAGE < to; page++) {
                List<SearchResult.Hit> pageHits = open.search(q.text(), q.filters(), page, PAGE).hits();
                for (int i = 0; i < pageHits.size(); i++) {
                    int at = page * PAGE + i;
                    if (at >= from && at < to) {
                        hits.add(pageHits.get(i));
                    }
                }
            }
            return first;
        }
        if (first.total() > SORT_LIMIT) {
            throw new CkanQuery.Invalid("sort", "Sorting by " + q.sort().field() + " is limited to " + SORT_LIMIT + " matches; narrow the search");
        }
        List<SearchResult.Hit> all = new ArrayList<>();
        for (int page = 0; page * PAGE < first.total(); page++) {
            all.addAll(open.search(q.text(), q.filters(), page, PAGE).hits());
        }
        Comparator<SearchResult.Hit> order = switch (q.sort().field()) {
            case "metadata_modified" -> Comparator.comparing(h -> h.document().updatedAt());
            case "name" -> Comparator.comparing(h -> h.document().code());
            default -> Comparator.comparing(h -> h.document().name());
        };
        all.sort(q.sort().ascending() ? order : order.reversed());
        hits.addAll(all.subList(Math.min(q.start(), all.size()), Math.min(all.size(), q.start() + q.rows())));
        return first;
    }

    private Map<String, Map<String, Object>> organisations() {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        open.all().forEach(d -> {
            String slug = CkanPackages.organisationName(d.resource().providerCode());
            counts.merge(slug, 1L, Long::sum);
            titles.put(slug, d.resource().providerName());
        });
        Map<String, Map<String, Object>> out = new TreeMap<>();
        titles.forEach((slug, title) -> out.put(slug, CkanPackages.organisation(slug, title, counts.get(slug))));
        return out;
    }

    /** Query parameters, overridden by the fields of a JSON object body (CKAN clients POST one). */
    private Map<String, String> params(HttpServletRequest request, String body) {
        Map<String, String> p = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> p.put(k, v.length == 0 ? null : v[0]));
        if (body != null && !body.isBlank()) {
            JsonNode node;
            try {
                node = json.readTree(body);
            } catch (JacksonException e) {
                throw new CkanError(HttpStatus.BAD_REQUEST, new LinkedHashMap<>(Map.of("__type", "Validation Error",
                        "message", "Bad request - JSON Error: the body is not a JSON object")));
            }
            if (!node.isObject()) {
                throw new CkanError(HttpStatus.BAD_REQUEST, new LinkedHashMap<>(Map.of("__type", "Validation Error",
                        "message", "Bad request - JSON Error: the body is not a JSON object")));
            }
            for (var e : node.properties()) {
                JsonNode v = e.getValue();
                p.put(e.getKey(), v.isString() ? v.asString() : v.isNull() ? null : v.toString());
            }
        }
        return p;
    }

    private static String required(Map<String, String> p, String name) {
        String v = p.get(name);
        if (v == null || v.isBlank()) {
            throw new CkanQuery.Invalid(name, "Missing value");
        }
        return v.strip();
    }

    private Map<String, Object> envelope(String action, Object result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", help(action));
        body.put("success", true);
        body.put("result", result);
        return body;
    }

    private String help(String action) {
        return siteUrl() + "/api/3/action/help_show?name=" + action;
    }

    private static String siteUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
