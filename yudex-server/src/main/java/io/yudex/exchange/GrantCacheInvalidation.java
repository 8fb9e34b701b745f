package io.yudex.exchange;

import io.yudex.catalog.ResourceChanged;
import io.yudex.organisation.DepartmentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Grants are read joined with their consumer department and resource: a change to either makes the cached ones stale. */
@Component
class GrantCacheInvalidation {

    private final GrantRepository grants;

    GrantCacheInvalidation(GrantRepository grants) {
        this.grants = grants;
    }

    @EventListener
    void on(DepartmentChanged e) {
        grants.changed();
    }

    @EventListener
    void on(ResourceChanged e) {
        grants.changed();
    }
}
