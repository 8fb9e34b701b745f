package io.yudex.synth;

/**
 * Writes GB 11643 citizen ID numbers straight into a StringBuilder. The check digit is computed
 * here rather than with {@code CitizenIdNumber.withCheckDigit} to avoid two strings per row on the
 * hot path; {@code CitizenIdsTest} proves both agree.
 */
final class CitizenIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private CitizenIds() {
    }

    /** Appends the 18-character number of a located person (see {@link PersonSpace#locate}). */
    static void append(StringBuilder sb, long located) {
        int start = sb.length();
        sb.append(Henan.get().code(PersonSpace.county(located)));
        Days.appendCompact(sb, PersonSpace.day(located));
        int sequence = PersonSpace.sequence(located);
        sb.append((char) ('0' + sequence / 100)).append((char) ('0' + sequence / 10 % 10)).append((char) ('0' + sequence % 10));
        sb.append(checkDigit(sb, start));
    }

    /** The check character of the 17 digits starting at {@code from}. */
    static char checkDigit(CharSequence digits, int from) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (digits.charAt(from + k) - '0') * WEIGHTS[k];
        }
        return CHECK.charAt(sum % 11);
    }
}
