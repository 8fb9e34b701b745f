package io.yudex.catalog;

import io.yudex.platform.ConflictException;
import java.util.Map;
import java.util.Set;

/** The review lifecycle of a catalog resource, with its one guarded transition method. */
public enum ResourceStatus implements Vocabulary {
    DRAFT("草稿", "Draft"),
    SUBMITTED("待审核", "Submitted"),
    PUBLISHED("已发布", "Published"),
    DEPRECATED("已废止", "Deprecated");

    private static final Map<ResourceStatus, Set<ResourceStatus>> ALLOWED = Map.of(
            DRAFT, Set.of(SUBMITTED),
            SUBMITTED, Set.of(PUBLISHED, DRAFT),
            PUBLISHED, Set.of(DEPRECATED),
            DEPRECATED, Set.of());

    private final String zh;
    private final String en;

    ResourceStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * The status after moving to {@code target}.
     *
     * @throws ConflictException naming both states when the move is not allowed
     */
    public ResourceStatus transition(ResourceStatus target) {
        if (!ALLOWED.get(this).contains(target)) {
            throw new ConflictException("Cannot move a resource from " + this + " to " + target);
        }
        return target;
    }

    public boolean editable() {
        return this == DRAFT;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
