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
        sb.append(fill(new char[18], located));
    }

    /** Writes the 18-character number of a located person into {@code id} and returns it. */
    static char[] fill(char[] id, long located) {
        Henan.get().code(PersonSpace.county(located)).getChars(0, 6, id, 0);
        int ymd = Days.ymd(PersonSpace.day(located));
        for (int k = 13; k >= 6; k--, ymd /= 10) {
            id[k] = (char) ('0' + ymd % 10);
        }
        int sequence = PersonSpace.sequence(located);
        id[14] = (char) ('0' + sequence / 100);
        id[15] = (char) ('0' + sequence / 10 % 10);
        id[16] = (char) ('0' + sequence % 10);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (id[k] - '0') * WEIGHTS[k];
        }
        id[17] = CHECK.charAt(sum % 11);
        return id;
    }

    /** Appends the birth date inside a filled number as {@code yyyy-MM-dd}. */
    static void appendBirthDate(StringBuilder sb, char[] id) {
        char[] date = {id[6], id[7], id[8], id[9], '-', id[10], id[11], '-', id[12], id[13]};
        sb.append(date);
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
