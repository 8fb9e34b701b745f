package io.yudex.opendata;

import io.yudex.catalog.OpenType;
import io.yudex.catalog.Resource;

/** An open dataset as the public sees it: the catalog resource and its current release (null: metadata only). */
public record OpenDataset(Resource resource, OpenRelease release) {

    /** Anyone may download: unconditionally open and released. Conditional data waits for applications. */
    public boolean downloadable() {
        return release != null && resource.openType() == OpenType.UNCONDITIONAL;
    }
}
