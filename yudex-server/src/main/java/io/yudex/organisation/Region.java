package io.yudex.organisation;

/** A GB/T 2260 administrative division known to the platform. {@code parentCode} is null for the province. */
public record Region(String code, String name, RegionLevel level, String parentCode) {}
