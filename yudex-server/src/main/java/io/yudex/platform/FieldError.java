package io.yudex.platform;

/** One invalid input field: its path (e.g. {@code items[2].dataType}) and why. */
public record FieldError(String field, String message) {}
