package io.yudex.rules;

import java.util.List;

/**
 * The outcome of checking one value: the shape of one element of the validate API's answer.
 *
 * @param value      the value as given (may be null)
 * @param valid      true exactly when no reason is an {@link Severity#ERROR}
 * @param normalized the value after the check's own normalisation (trim, full width → ASCII,
 *                   upper case, separators, 15 → 18-digit ID …), even when invalid; null for null
 * @param reasons    every error and warning, in the order the checks ran; immutable
 */
public record Verdict(String value, boolean valid, String normalized, List<Reason> reasons) {

    /** @throws IllegalArgumentException if {@code valid} disagrees with the reasons */
    public Verdict {
        reasons = List.copyOf(reasons);
        boolean noErrors = reasons.stream().noneMatch(r -> r.severity() == Severity.ERROR);
        if (valid != noErrors) {
            throw new IllegalArgumentException("valid is " + valid + " but the reasons " + (noErrors ? "hold no" : "hold an") + " error");
        }
    }

    /** A verdict whose validity follows from {@code reasons}. */
    public static Verdict of(String value, String normalized, List<Reason> reasons) {
        return new Verdict(value, reasons.stream().noneMatch(r -> r.severity() == Severity.ERROR), normalized, reasons);
    }

    /** The reason codes in order, handy for assertions. */
    public List<String> codes() {
        return reasons.stream().map(Reason::code).toList();
    }
}
