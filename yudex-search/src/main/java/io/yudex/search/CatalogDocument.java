package io.yudex.search;

import java.time.Instant;
import java.util.List;

/**
 * What the search index knows of one catalog resource. All strings are display values except the
 * codes; {@code null} is allowed for optional fields and lists are never null.
 *
 * @param code            resource code, unique key of the index
 * @param name            resource name (searched, highlighted, boosted)
 * @param summary         abstract (searched, highlighted)
 * @param providerCode    provider department code (used for visibility)
 * @param provider        provider department name (searched, facet "provider")
 * @param region          region name of the provider (facet "region")
 * @param resourceClass   基础/主题/部门 label (facet "resourceClass")
 * @param baseLibrary     base/theme library label, may be null (facet "baseLibrary")
 * @param shareType       share type label (facet "shareType")
 * @param openType        open type label (facet "openType")
 * @param updateCycle     update cycle label (facet "updateCycle")
 * @param format          format label (facet "format")
 * @param status          lifecycle status name, e.g. PUBLISHED (facet "status", used for visibility)
 * @param tags            tags (searched, facet "tags", multi-valued)
 * @param items           data items as "label name" texts (searched)
 * @param updatedAt       last change
 */
public record CatalogDocument(
        String code,
        String name,
        String summary,
        String providerCode,
        String provider,
        String region,
        String resourceClass,
        String baseLibrary,
        String shareType,
        String openType,
        String updateCycle,
        String format,
        String status,
        List<String> tags,
        List<String> items,
        Instant updatedAt) {

    public CatalogDocument {
        tags = tags == null ? List.of() : List.copyOf(tags);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
