package io.yudex.synth;

/** Plain decimal amounts with two places, without String.format. */
final class Money {

    private Money() {
    }

    /** {@code 123456} → {@code 1234.56}. */
    static String format(long cents) {
        return append(new StringBuilder(12), cents).toString();
    }

    static StringBuilder append(StringBuilder sb, long cents) {
        long rest = cents % 100;
        return sb.append(cents / 100).append('.').append((char) ('0' + rest / 10)).append((char) ('0' + rest % 10));
    }
}
