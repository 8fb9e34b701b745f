package io.yudex.standards.identifier;

/**
 * ISO/IEC 7064 MOD 37,36: the hybrid system for alphanumeric data, used by the e-licence
 * identifier (GB/T 36904). Input and check character are drawn from {@link #ALPHABET}
 * ({@code 0-9} = 0–9, {@code A-Z} = 10–35); it detects every single-character substitution.
 *
 * <p>The {@code *} character belongs to the pure system MOD 37-2, not to this one: a MOD 37,36
 * check character is never {@code *}. The GB/T 36904 example
 * {@code …20230000403.001.U} confirms the hybrid system (MOD 37-2 would give {@code 2}).
 */
public final class Iso7064Mod37_36 {

    /** The 36 characters in value order; upper case only. */
    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final int M = 36;

    private Iso7064Mod37_36() {
    }

    /**
     * The check character for {@code data}.
     *
     * @throws IllegalArgumentException if {@code data} is null, empty, or has a character outside {@link #ALPHABET}
     */
    public static char checkChar(CharSequence data) {
        if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("ISO 7064 MOD 37,36 needs at least one character");
        }
        int p = M;
        for (int i = 0; i < data.length(); i++) {
            int s = (p + valueOf(data.charAt(i), i)) % M;
            p = (2 * (s == 0 ? M : s)) % (M + 1);
        }
        return ALPHABET.charAt((M + 1 - p) % M);
    }

    /**
     * Whether the last character of {@code dataWithCheck} is the check character of the rest.
     * False (never an exception) for null, fewer than two characters, or characters outside the alphabet.
     */
    public static boolean isValid(CharSequence dataWithCheck) {
        if (dataWithCheck == null || dataWithCheck.length() < 2
                || !dataWithCheck.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return false;
        }
        int last = dataWithCheck.length() - 1;
        return checkChar(dataWithCheck.subSequence(0, last)) == dataWithCheck.charAt(last);
    }

    private static int valueOf(char c, int index) {
        int value = ALPHABET.indexOf(c);
        if (value < 0) {
            throw new IllegalArgumentException("Character " + IdentifierText.quote(c) + " at position " + (index + 1)
                    + " is not in the ISO 7064 MOD 37,36 alphabet 0-9 A-Z");
        }
        return value;
    }
}
