package io.yudex.standards.masking;

/** Code-point-safe building blocks for the masking rules: never splits a surrogate pair. */
final class CodePoints {

    static final int STAR = '*';

    private CodePoints() {
    }

    /**
     * Keeps the first {@code first} and last {@code last} code points and replaces every other one
     * with {@code *}. If that would hide nothing, hides everything (fail closed).
     */
    static String keepEnds(String value, int first, int last) {
        int[] cps = value.codePoints().toArray();
        boolean hidesNothing = (long) first + last >= cps.length;
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < cps.length; i++) {
            boolean shown = !hidesNothing && (i < first || i >= cps.length - last);
            out.appendCodePoint(shown ? cps[i] : STAR);
        }
        return out.toString();
    }

    /**
     * Ranger's MASK classes: upper-case → {@code X}, lower-case → {@code x}, digit → {@code n}; other
     * letters (Han characters and other scripts without case) → {@code *}; everything else kept.
     */
    static String maskByClass(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> out.appendCodePoint(maskedClass(cp)));
        return out.toString();
    }

    private static int maskedClass(int cp) {
        if (Character.isUpperCase(cp)) {
            return 'X';
        }
        if (Character.isLowerCase(cp)) {
            return 'x';
        }
        if (Character.isDigit(cp)) {
            return 'n';
        }
        return Character.isLetter(cp) || Character.isIdeographic(cp) ? STAR : cp;
    }
}
