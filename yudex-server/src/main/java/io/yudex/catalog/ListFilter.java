package io.yudex.catalog;

/**
 * Filters of the share and open lists; nulls mean "any". {@code text} matches name or code.
 */
public record ListFilter(String text, String providerCode, ShareType shareType, OpenType openType, Library library,
        UpdateCycle updateCycle) {

    public static final ListFilter NONE = new ListFilter(null, null, null, null, null, null);
}
