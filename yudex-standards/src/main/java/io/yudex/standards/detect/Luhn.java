package io.yudex.standards.detect;

/** The Luhn (MOD 10) check used by bank card numbers. */
final class Luhn {

    private Luhn() {
    }

    /** Whether {@code digits} (ASCII digits only, at least two) passes the Luhn check. */
    static boolean isValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return digits.length() >= 2 && sum % 10 == 0;
    }
}
