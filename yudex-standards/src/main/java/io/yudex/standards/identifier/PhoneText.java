package io.yudex.standards.identifier;

/** Normalisation shared by the telephone number types. */
final class PhoneText {

    private PhoneText() {
    }

    /**
     * {@link IdentifierText#normalise} then drops spaces, hyphens, dots and parentheses, and
     * rewrites the international prefixes {@code +86} and {@code 0086} as {@code 86}. Null for null.
     */
    static String compact(String raw) {
        String n = IdentifierText.normalise(raw);
        if (n == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '\u3000') {
                out.append(c);
            }
        }
        String s = out.toString();
        if (s.startsWith("+86")) {
            return s.substring(1);
        }
        return s.startsWith("0086") ? s.substring(2) : s;
    }
}
