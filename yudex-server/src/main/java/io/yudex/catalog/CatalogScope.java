package io.yudex.catalog;

import io.yudex.identity.Caller;
import io.yudex.identity.Role;

/** Who may see and change which resources: the catalog's scope rules beyond the role checks at the edge. */
public final class CatalogScope {

    private CatalogScope() {}

    public static boolean canSee(Caller caller, Resource r) {
        if (caller.platformAdmin() || caller.has(Role.AUDITOR)) {
            return true;
        }
        if (caller.has(Role.DEPT_ADMIN) && caller.belongsTo(r.providerId())) {
            return true;
        }
        boolean public_ = r.status() == ResourceStatus.PUBLISHED || r.status() == ResourceStatus.DEPRECATED;
        if (caller.anonymous()) {
            return public_ && r.openType() != OpenType.NOT_OPEN;
        }
        return public_;
    }

    /** Platform admins edit anything; department admins only their own department's resources. */
    public static boolean canEdit(Caller caller, long providerId) {
        return caller.platformAdmin() || (caller.has(Role.DEPT_ADMIN) && caller.belongsTo(providerId));
    }
}
