package io.yudex.synth;

/** Finds and replaces one comma-separated field of a row being built in a StringBuilder. */
final class Fields {

    private Fields() {
    }

    /** Start of field {@code column} of the row that begins at {@code rowStart}. */
    static int start(StringBuilder sb, int rowStart, int column) {
        int at = rowStart;
        for (int k = 0; k < column; k++) {
            at = sb.indexOf(",", at) + 1;
        }
        return at;
    }

    /** End (exclusive) of the field starting at {@code fieldStart}. */
    static int end(StringBuilder sb, int fieldStart) {
        int comma = sb.indexOf(",", fieldStart);
        return comma < 0 ? sb.length() : comma;
    }

    /** The text of field {@code column}. */
    static String get(StringBuilder sb, int rowStart, int column) {
        int from = start(sb, rowStart, column);
        return sb.substring(from, end(sb, from));
    }

    /** Replaces field {@code column} with {@code value}. */
    static void set(StringBuilder sb, int rowStart, int column, String value) {
        int from = start(sb, rowStart, column);
        sb.replace(from, end(sb, from), value);
    }
}
