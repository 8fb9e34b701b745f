package io.yudex.search;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/** Names of the index fields and facet dimensions; the single place where they are spelled. */
final class CatalogFields {

    static final String CODE = "code";
    static final String NAME = "name";
    static final String SUMMARY = "summary";
    static final String ITEMS = "items";
    static final String TAGS = "tags";
    static final String PROVIDER = "provider";
    static final String PROVIDER_CODE = "providerCode";
    static final String STATUS = "status";
    static final String OPEN_TYPE = "openType";
    static final String REGION = "region";
    static final String RESOURCE_CLASS = "resourceClass";
    static final String BASE_LIBRARY = "baseLibrary";
    static final String SHARE_TYPE = "shareType";
    static final String UPDATE_CYCLE = "updateCycle";
    static final String FORMAT = "format";
    static final String UPDATED_AT = "updatedAt";

    /** Facet dimensions in display order; each is also the name of the stored field it reads. */
    static final List<String> FACET_DIMENSIONS = List.of(
            PROVIDER, REGION, RESOURCE_CLASS, BASE_LIBRARY, SHARE_TYPE,
            OPEN_TYPE, UPDATE_CYCLE, FORMAT, STATUS, TAGS);

    private CatalogFields() {}

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(TAGS, true);
        return config;
    }
}
