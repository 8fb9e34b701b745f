package io.yudex.exchange.serving;

/** A row key as one text value, so that deletes and upserts use one index whatever the key's width and types. */
final class KeyText {

    private KeyText() {}

    /** Each part as {@code -} (null) or {@code +length:text}: no two different keys give the same text. */
    static String of(Object[] values, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (values[i] == null) {
                out.append('-');
            } else {
                String s = values[i].toString();
                out.append('+').append(s.length()).append(':').append(s);
            }
        }
        return out.toString();
    }
}
