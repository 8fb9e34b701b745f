package io.yudex.synth;

/** Small non-negative numbers as ready-made strings, for appending without formatting. */
final class Digits {

    private static final String[] SMALL = new String[1000];

    static {
        for (int n = 0; n < SMALL.length; n++) {
            SMALL[n] = Integer.toString(n);
        }
    }

    private Digits() {
    }

    /** Appends {@code n} in decimal; fastest below 1,000. */
    static StringBuilder append(StringBuilder sb, int n) {
        return n >= 0 && n < SMALL.length ? sb.append(SMALL[n]) : sb.append(n);
    }
}
