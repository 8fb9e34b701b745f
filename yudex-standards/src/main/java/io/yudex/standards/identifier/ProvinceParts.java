package io.yudex.standards.identifier;

import java.util.Set;

/** Two-digit province parts that identifiers may carry in their GB/T 2260 codes (public for compilers that must agree with the checks). */
public final class ProvinceParts {

    /**
     * The 31 mainland provinces, 71 Taiwan, 81 Hong Kong, 82 Macao, and 83, used by residence
     * permits for Taiwan residents. Fixed since 1997 (重庆 50); older numbers use the same parts.
     */
    public static final Set<String> ASSIGNED = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private ProvinceParts() {
    }
}
