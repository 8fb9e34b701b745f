package io.yudex.opendata;

import io.yudex.catalog.Library;
import io.yudex.catalog.Resource;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CKAN's dictionaries (package, organization, group, tag, resource) for open datasets. These are response shapes of
 * CKAN's API, built from the catalog's records; nothing here is stored.
 */
final class CkanPackages {

    private CkanPackages() {}

    /** {@code 101001/000001} → {@code 101001-000001}: CKAN names are lower-case letters, digits, - and _. */
    static String name(String code) {
        return code.replace('/', '-');
    }

    /** The inverse of {@link #name}; also accepts the code itself. */
    static String code(String nameOrCode) {
        return nameOrCode.contains("/") ? nameOrCode : nameOrCode.replaceFirst("^(\\d+)-(\\d+)$", "$1/$2");
    }

    static String organisationName(String departmentCode) {
        return departmentCode.toLowerCase(Locale.ROOT);
    }

    static String groupName(Resource r) {
        return r.library() == null ? "department" : r.library().name().toLowerCase(Locale.ROOT);
    }

    /** The index value of a CKAN group name (a base or theme library). */
    static String groupValue(String group) {
        try {
            return Library.valueOf(group.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            return group;
        }
    }

    static Map<String, Object> packageDict(OpenDataset d, String siteUrl, OpenDataProperties props) {
        Resource r = d.resource();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", name(r.code()));
        p.put("name", name(r.code()));
        p.put("title", r.name());
        p.put("notes", r.summary());
        p.put("url", siteUrl + "/open/datasets/" + r.code());
        p.put("state", "active");
        p.put("private", false);
        p.put("type", "dataset");
        p.put("license_id", "cc-by");
        p.put("license_title", props.licenceTitle());
        p.put("license_url", props.licence());
        p.put("metadata_created", timestamp(r.createdAt()));
        p.put("metadata_modified", timestamp(r.updatedAt()));
        p.put("author", r.providerName());
        p.put("maintainer", r.contact() == null ? null : r.contact().name());
        p.put("maintainer_email", r.contact() == null ? null : r.contact().email());
        p.put("owner_org", organisationName(r.providerCode()));
        p.put("organization", organisation(r.providerCode(), r.providerName(), null));
        List<Map<String, Object>> tags = r.tags().stream().map(CkanPackages::tag).toList();
        p.put("tags", tags);
        p.put("num_tags", tags.size());
        p.put("groups", List.of(group(groupName(r), r.library() == null ? "部门资源" : r.library().zh(), null)));
        List<Map<String, Object>> resources = resources(d, siteUrl);
        p.put("resources", resources);
        p.put("num_resources", resources.size());
        p.put("extras", List.of(
                extra("resource_code", r.code()),
                extra("open_type", r.openType().name()),
                extra("open_type_label", r.openType().zh()),
                extra("update_cycle", r.updateCycle().name()),
                extra("open_conditions", r.openConditions() == null ? "" : r.openConditions()),
                extra("release_id", d.release() == null ? "" : String.valueOf(d.release().id()))));
        return p;
    }

    static List<Map<String, Object>> resources(OpenDataset d, String siteUrl) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (!d.downloadable()) {
            return out;
        }
        int position = 0;
        for (String format : ReleaseExport.FORMATS) {
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("id", name(d.resource().code()) + "-" + format);
            res.put("package_id", name(d.resource().code()));
            res.put("name", d.resource().name() + " (" + format.toUpperCase(Locale.ROOT) + ")");
            res.put("format", format.toUpperCase(Locale.ROOT));
            res.put("mimetype", ReleaseExport.contentType(format).replaceFirst(";.*", ""));
            res.put("url", downloadUrl(siteUrl, d.resource().code(), format));
            res.put("description", "Release " + d.release().id() + " (batch " + d.release().batchId() + ")");
            res.put("created", timestamp(d.release().createdAt()));
            res.put("last_modified", timestamp(d.release().createdAt()));
            res.put("state", "active");
            res.put("position", position++);
            out.add(res);
        }
        return out;
    }

    static String downloadUrl(String siteUrl, String code, String format) {
        return siteUrl + "/open/datasets/" + code + "/download." + format;
    }

    static Map<String, Object> organisation(String code, String title, Long packageCount) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", organisationName(code));
        o.put("name", organisationName(code));
        o.put("title", title);
        o.put("display_name", title);
        o.put("type", "organization");
        o.put("is_organization", true);
        o.put("state", "active");
        o.put("approval_status", "approved");
        o.put("description", "");
        o.put("image_url", "");
        if (packageCount != null) {
            o.put("package_count", packageCount);
        }
        return o;
    }

    static Map<String, Object> group(String name, String title, Long packageCount) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("id", name);
        g.put("name", name);
        g.put("title", title);
        g.put("display_name", title);
        g.put("type", "group");
        g.put("is_organization", false);
        g.put("state", "active");
        g.put("description", "");
        g.put("image_display_url", "");
        if (packageCount != null) {
            g.put("package_count", packageCount);
        }
        return g;
    }

    static Map<String, Object> tag(String name) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", name);
        t.put("name", name);
        t.put("display_name", name);
        t.put("state", "active");
        t.put("vocabulary_id", null);
        return t;
    }

    private static Map<String, Object> extra(String key, String value) {
        return Map.of("key", key, "value", value);
    }

    /** CKAN writes naive UTC timestamps with microseconds, e.g. 2026-11-29T08:00:00.000000. */
    static String timestamp(Instant at) {
        if (at == null) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return String.format("%s.%06d", t.withNano(0).toString().length() == 16 ? t.withNano(0) + ":00" : t.withNano(0).toString(),
                t.getNano() / 1000);
    }
}
