package io.yudex.catalog;

import io.yudex.organisation.DepartmentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Resources are read joined with their provider department: a department change makes the cached ones stale. */
@Component
class ResourceCacheInvalidation {

    private final ResourceRepository resources;

    ResourceCacheInvalidation(ResourceRepository resources) {
        this.resources = resources;
    }

    @EventListener
    void on(DepartmentChanged e) {
        resources.changed();
    }
}
