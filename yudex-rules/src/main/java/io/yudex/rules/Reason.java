package io.yudex.rules;

import java.util.Objects;

/**
 * One reason a value failed (or is flagged by) a check.
 *
 * @param code     stable machine string, e.g. {@code CHECK_DIGIT} or {@code LENGTH}
 * @param severity {@link Severity#ERROR} or {@link Severity#WARNING}
 * @param message  English sentence for people; never repeats the whole value (it may be personal data)
 */
public record Reason(String code, Severity severity, String message) {

    /** @throws NullPointerException if any argument is null */
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Reason error(String code, String message) {
        return new Reason(code, Severity.ERROR, message);
    }

    public static Reason warning(String code, String message) {
        return new Reason(code, Severity.WARNING, message);
    }
}
