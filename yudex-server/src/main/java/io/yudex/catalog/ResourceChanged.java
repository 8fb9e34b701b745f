package io.yudex.catalog;

/** Published after a resource was created or changed in any way; listeners act after the commit. */
public record ResourceChanged(String code, ResourceAction action) {}
