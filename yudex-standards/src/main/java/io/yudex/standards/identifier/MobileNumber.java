package io.yudex.standards.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A mainland China mobile number (E.164 country code 86, national significant number of 11
 * digits starting with 1, under the MIIT 电信网编码计划). Normalisation strips spaces and
 * hyphens and the international prefixes {@code +86}, {@code 0086} and a bare {@code 86} before
 * 11 digits. The network segment (first three digits) must be assigned.
 */
public final class MobileNumber {

    /**
     * Three-digit segments assigned to public mobile networks, including virtual operators
     * (⚠ the MIIT plan grows; pass your own set to {@link #validate(String, Set)}).
     */
    public static final Set<String> SEGMENTS = segments();

    private MobileNumber() {
    }

    /** Validates against {@link #SEGMENTS}. Never throws. */
    public static ValidationResult validate(String raw) {
        return validate(raw, SEGMENTS);
    }

    /** Validates against the given assigned segments. Never throws. */
    public static ValidationResult validate(String raw, Set<String> segments) {
        String n = normalise(raw);
        if (n == null || n.isEmpty()) {
            return ValidationResult.of(n, List.of(IdentifierText.empty()), List.of());
        }
        List<Problem> errors = new ArrayList<>();
        IdentifierText.lengthProblem(n, 11, " (a mobile number has 11 digits after the country code)").ifPresent(errors::add);
        IdentifierText.characterProblem(n, (i, c) -> IdentifierText.isDigit(c), "digits 0-9").ifPresent(errors::add);
        if (errors.isEmpty() && !segments.contains(n.substring(0, 3))) {
            errors.add(new Problem(Problem.NUMBER_SEGMENT, "network segment " + n.substring(0, 3) + " is not an assigned mobile segment"));
        }
        return ValidationResult.of(n, errors, List.of());
    }

    /** Strips white space, hyphens, parentheses and an international prefix. Null for null. */
    public static String normalise(String raw) {
        String n = PhoneText.compact(raw);
        if (n == null) {
            return null;
        }
        return n.length() == 13 && n.startsWith("86") ? n.substring(2) : n;
    }

    private static Set<String> segments() {
        List<String> s = new ArrayList<>();
        for (int i = 130; i <= 139; i++) {
            s.add(String.valueOf(i));
        }
        s.addAll(List.of("145", "146", "147", "148", "149", "150", "151", "152", "153", "155", "156", "157", "158", "159",
                "162", "165", "166", "167", "170", "171", "172", "173", "175", "176", "177", "178"));
        for (int i = 180; i <= 199; i++) {
            s.add(String.valueOf(i));
        }
        return Set.copyOf(s);
    }
}
