package io.yudex.catalog;

import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The lists derived from the published catalog: the share list (共享清单: share types 1 and 2) and the
 * open list (开放清单: open types 无条件/有条件), plus dashboard counts.
 */
@Service
public class CatalogLists {

    private final ResourceRepository resources;

    CatalogLists(ResourceRepository resources) {
        this.resources = resources;
    }

    public List<Resource> shareList(ListFilter filter) {
        return resources.findWhere("r.status = 'PUBLISHED' AND r.share_type IN ('UNCONDITIONAL', 'CONDITIONAL')" + where(filter),
                params(filter));
    }

    public List<Resource> openList(ListFilter filter) {
        return resources.findWhere("r.status = 'PUBLISHED' AND r.open_type IN ('UNCONDITIONAL', 'CONDITIONAL')" + where(filter),
                params(filter));
    }

    /** Resources waiting for the platform admin's review. */
    public List<Resource> reviewQueue() {
        return resources.findWhere("r.status = 'SUBMITTED'", Map.of());
    }

    /** A department's own resources in every status. */
    public List<Resource> ofProvider(long providerId) {
        return resources.findWhere("r.provider_id = :provider", Map.of("provider", providerId));
    }

    /** Dashboard counts over the resources the caller may see. */
    public CatalogStats stats(Caller caller) {
        String scope;
        Map<String, Object> p = new HashMap<>();
        if (caller.platformAdmin() || caller.has(Role.AUDITOR)) {
            scope = "1 = 1";
        } else if (caller.has(Role.DEPT_ADMIN) && caller.departmentId() != null) {
            scope = "(r.status IN ('PUBLISHED', 'DEPRECATED') OR r.provider_id = :own)";
            p.put("own", caller.departmentId());
        } else {
            scope = "r.status IN ('PUBLISHED', 'DEPRECATED')";
        }
        return new CatalogStats(
                resources.countWhere(scope, p),
                resources.countWhere(scope + " AND r.status = 'PUBLISHED'", p),
                resources.countWhere(scope + " AND r.status = 'SUBMITTED'", p),
                resources.countBy("d.name", scope, p),
                resources.countBy("r.resource_class", scope, p),
                resources.countBy("r.share_type", scope, p),
                resources.countBy("r.open_type", scope, p),
                resources.countBy("r.status", scope, p));
    }

    private static String where(ListFilter f) {
        StringBuilder w = new StringBuilder();
        if (f.text() != null && !f.text().isBlank()) w.append(" AND (r.name LIKE :text OR r.code LIKE :text)");
        if (f.providerCode() != null && !f.providerCode().isBlank()) w.append(" AND d.code = :provider");
        if (f.shareType() != null) w.append(" AND r.share_type = :shareType");
        if (f.openType() != null) w.append(" AND r.open_type = :openType");
        if (f.library() != null) w.append(" AND r.base_library = :library");
        if (f.updateCycle() != null) w.append(" AND r.update_cycle = :updateCycle");
        return w.toString();
    }

    private static Map<String, Object> params(ListFilter f) {
        Map<String, Object> p = new HashMap<>();
        if (f.text() != null && !f.text().isBlank()) p.put("text", "%" + f.text().trim().replace("%", "\\%").replace("_", "\\_") + "%");
        if (f.providerCode() != null && !f.providerCode().isBlank()) p.put("provider", f.providerCode());
        if (f.shareType() != null) p.put("shareType", f.shareType().name());
        if (f.openType() != null) p.put("openType", f.openType().name());
        if (f.library() != null) p.put("library", f.library().name());
        if (f.updateCycle() != null) p.put("updateCycle", f.updateCycle().name());
        return p;
    }
}
