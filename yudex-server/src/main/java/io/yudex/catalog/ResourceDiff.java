package io.yudex.catalog;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Names the metadata fields that differ between two states of a resource, for its history. */
final class ResourceDiff {

    /** Bookkeeping fields change on every write and say nothing about the metadata. */
    private static final Set<String> IGNORED = Set.of("version", "updatedBy", "updatedAt", "createdBy", "createdAt");

    private ResourceDiff() {}

    static List<String> changedFields(Resource before, Resource after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent c : Resource.class.getRecordComponents()) {
            if (IGNORED.contains(c.getName())) {
                continue;
            }
            try {
                if (!Objects.equals(c.getAccessor().invoke(before), c.getAccessor().invoke(after))) {
                    changed.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read record component " + c.getName(), e);
            }
        }
        return changed;
    }
}
