package io.yudex.organisation;

/**
 * A department was created or changed, for the audit log (who did it is the caller of the request).
 *
 * @param action CREATED, OPERATOR_CREATED or UPDATED
 */
public record DepartmentChanged(long id, String code, String name, String action) {}
