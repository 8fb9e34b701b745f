package io.yudex.identity;

/** What a user may do. The anonymous public has no role. */
public enum Role {
    /** The big-data bureau: manages organisations, users, reviews the catalog. */
    PLATFORM_ADMIN,
    /** Publishes and approves for its own department. */
    DEPT_ADMIN,
    /** Consumes shared data for its department. */
    DEPT_USER,
    /** Reads everything, changes nothing. */
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
