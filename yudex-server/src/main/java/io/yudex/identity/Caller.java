package io.yudex.identity;

import java.util.Set;

/**
 * Who is calling: a person or an API client, with its department and roles. The anonymous public is
 * {@link #ANONYMOUS}, with no department and no roles.
 */
public record Caller(String name, Long departmentId, String departmentCode, Set<Role> roles, boolean machine) {

    public static final Caller ANONYMOUS = new Caller("anonymous", null, null, Set.of(), false);

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean anonymous() {
        return roles.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean platformAdmin() {
        return has(Role.PLATFORM_ADMIN);
    }

    /** True when the caller belongs to the department with this id. */
    public boolean belongsTo(long departmentId) {
        return this.departmentId != null && this.departmentId == departmentId;
    }
}
