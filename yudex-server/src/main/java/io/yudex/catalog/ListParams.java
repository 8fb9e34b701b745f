package io.yudex.catalog;

/** Query parameters of the list endpoints, bound by name; enum values accept name, national code or label. */
public record ListParams(String q, String provider, String shareType, String openType, String library, String updateCycle) {

    public ListFilter filter() {
        return new ListFilter(q, provider,
                shareType == null || shareType.isBlank() ? null : ShareType.from(shareType),
                openType == null || openType.isBlank() ? null : OpenType.from(openType),
                library == null || library.isBlank() ? null : Library.from(library),
                updateCycle == null || updateCycle.isBlank() ? null : UpdateCycle.from(updateCycle));
    }
}
