package io.yudex.rules;

/** How much a failed check matters: an error makes a value invalid (its row is quarantined), a warning only flags it. */
public enum Severity {
    ERROR,
    WARNING
}
