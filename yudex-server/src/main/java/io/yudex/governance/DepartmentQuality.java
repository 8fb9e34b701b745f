package io.yudex.governance;

/**
 * A department's data quality: the latest run of each of its resources, each dimension averaged over the resources
 * where it applies (null when it applies to none).
 */
public record DepartmentQuality(long departmentId, String departmentName, int resources, Quality quality) {}
