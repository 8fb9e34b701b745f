package io.yudex.standards.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Normalisation shared by the identifier types. */
final class IdentifierText {

    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private IdentifierText() {
    }

    /**
     * Strips Unicode white space at both ends (including the ideographic space U+3000), folds
     * full-width ASCII forms (U+FF01–U+FF5E, e.g. {@code １２Ｘ}) to ASCII and upper-cases ASCII
     * letters. Returns null for null.
     */
    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String stripped = raw.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                c = (char) (c - FULL_WIDTH_OFFSET);
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Quotes one character for a message, showing invisible or non-ASCII ones as U+XXXX. */
    static String quote(char c) {
        if (c > ' ' && c < 0x7F) {
            return "'" + c + "'";
        }
        return String.format("U+%04X", (int) c);
    }

    /** Decides whether a character is allowed at a zero-based position. */
    @FunctionalInterface
    interface PositionRule {
        boolean allows(int index, char c);
    }

    /**
     * One {@link Problem#CHARACTERS} problem naming every offending position (one-based), or empty
     * when all characters pass.
     *
     * @param expectation what is allowed, phrased to follow "expected", e.g. "digits 0-9"
     */
    static Optional<Problem> characterProblem(String value, PositionRule rule, String expectation) {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < value.length(); i++) {
            if (!rule.allows(i, value.charAt(i))) {
                bad.add((i + 1) + " (" + quote(value.charAt(i)) + ")");
            }
        }
        if (bad.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Problem(Problem.CHARACTERS,
                "characters not allowed at position " + String.join(", ", bad) + "; expected " + expectation));
    }

    /** A {@link Problem#LENGTH} problem when {@code value} is not {@code expected} characters long. */
    static Optional<Problem> lengthProblem(String value, int expected, String hint) {
        if (value.length() == expected) {
            return Optional.empty();
        }
        return Optional.of(new Problem(Problem.LENGTH,
                "expected " + expected + " characters, got " + value.length() + hint));
    }

    /** The {@link Problem#EMPTY} problem. */
    static Problem empty() {
        return new Problem(Problem.EMPTY, "no value given");
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isDigitOrUpper(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z');
    }
}
