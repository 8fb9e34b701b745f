package io.yudex.ingest;

import static io.yudex.ingest.ValueConverter.quote;

import java.math.BigDecimal;

/**
 * Numbers as people type them: optional sign, thousands separators in groups of three, full-width digits and
 * punctuation, and for DECIMAL and DOUBLE a ¥/￥ prefix and an exponent. A comma that does not separate groups of
 * three is refused rather than dropped, because {@code 1,5} may be a European decimal and must not become 15.
 */
final class NumberText {

    /** The store keeps DECIMAL as DECIMAL(38,6) (see yudex-data Values); more would be rounded, so it is refused. */
    static final int DECIMAL_SCALE = 6;
    static final int DECIMAL_INTEGER_DIGITS = 38 - DECIMAL_SCALE;

    private NumberText() {}

    static Conversion toLong(String s) {
        String n = normalize(s, false);
        if (n == null) {
            return Conversion.failed(quote(s) + " is not a whole number" + decimalHint(s));
        }
        try {
            return Conversion.ok(Long.parseLong(n));
        } catch (NumberFormatException e) {
            return Conversion.failed(quote(s) + " is too large for a whole number; the limit is ±9223372036854775807");
        }
    }

    /** Says why a number that parses as a decimal is still not a whole number. */
    private static String decimalHint(String s) {
        String n = normalize(s, true);
        if (n == null || (n.indexOf('.') < 0 && n.indexOf('E') < 0)) {
            return "";
        }
        try {
            return new BigDecimal(n).stripTrailingZeros().scale() > 0 ? " (it has a fractional part)"
                    : " (write it without a decimal point or exponent)";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    static Conversion toDecimal(String s) {
        String n = normalize(s, true);
        if (n == null) {
            return Conversion.failed(quote(s) + " is not a decimal number");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(n);
        } catch (NumberFormatException e) {
            return Conversion.failed(quote(s) + " is out of range for a decimal number");
        }
        if (d.precision() - d.scale() > DECIMAL_INTEGER_DIGITS) {
            return Conversion.failed(quote(s) + " has more than " + DECIMAL_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (d.scale() > DECIMAL_SCALE) {
            d = d.stripTrailingZeros();
            if (d.scale() > DECIMAL_SCALE) {
                return Conversion.failed(quote(s) + " has more than " + DECIMAL_SCALE + " decimal places");
            }
        }
        return Conversion.ok(d.scale() < 0 ? d.setScale(0) : d);
    }

    static Conversion toDouble(String s) {
        String n = normalize(s, true);
        if (n == null) {
            return Conversion.failed(quote(s) + " is not a number");
        }
        double d;
        try {
            // correctly rounded like Double.parseDouble, but several times faster for 16-17 digit values, which
            // machine-written files are full of
            d = new BigDecimal(n).doubleValue();
        } catch (NumberFormatException e) {
            d = Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(d)) {
            return Conversion.failed(quote(s) + " is out of range for a floating-point number");
        }
        return Conversion.ok(d == 0 && n.charAt(0) == '-' ? -0.0 : d);
    }

    /**
     * The number as plain ASCII that Long/BigDecimal/Double parse, or null when {@code s} is not a number in an
     * accepted form. {@code decimal} allows a fraction, an exponent and a currency sign.
     */
    static String normalize(String s, boolean decimal) {
        return isPlain(s, decimal) ? s : rewrite(s, decimal);
    }

    /** The common case, {@code -123} or {@code 123.45}, needs no copy. */
    private static boolean isPlain(String s, boolean decimal) {
        int n = s.length();
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        while (i < n && isAsciiDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (decimal && i < n && s.charAt(i) == '.' && digits > 0) {
            i++;
            int fraction = 0;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
                fraction++;
            }
            return i == n && fraction > 0;
        }
        return i == n && digits > 0;
    }

    private static String rewrite(String s, boolean decimal) {
        char[] out = new char[s.length()];
        Cursor c = new Cursor(s);
        int o = prefix(c, out, decimal);
        if (o < 0) {
            return null;
        }
        int start = o;
        o = integerPart(c, out, o);
        if (o < 0) {
            return null;
        }
        int integerDigits = o - start;
        if (c.pos < s.length() && isPoint(s.charAt(c.pos))) {
            if (!decimal) {
                return null;
            }
            c.pos++;
            out[o++] = '.';
            int before = o;
            o = digits(c, out, o);
            if (o == before && integerDigits == 0) {
                return null;
            }
        } else if (integerDigits == 0) {
            return null;
        }
        o = decimal ? exponent(c, out, o) : o;
        return o < 0 || c.pos != s.length() ? null : new String(out, 0, o);
    }

    /** A sign and, for decimals, a currency sign, in either order; returns the output length or -1. */
    private static int prefix(Cursor c, char[] out, boolean decimal) {
        int o = 0;
        boolean currency = false;
        while (c.pos < c.s.length()) {
            char ch = c.s.charAt(c.pos);
            char sign = sign(ch);
            if (sign != 0 && o == 0) {
                out[o++] = sign;
            } else if (decimal && !currency && (ch == '¥' || ch == '￥')) {
                currency = true;
            } else if (currency && ch == ' ') {
                // "￥ 1,000" is how some templates print amounts
            } else {
                break;
            }
            c.pos++;
        }
        return o;
    }

    /** Digits with optional thousands separators; returns the output length or -1 for bad grouping. */
    private static int integerPart(Cursor c, char[] out, int o) {
        int group = 0;
        boolean grouped = false;
        while (c.pos < c.s.length()) {
            char ch = c.s.charAt(c.pos);
            char digit = digit(ch);
            if (digit != 0) {
                out[o++] = digit;
                group++;
            } else if (ch == ',' || ch == '，') {
                if (group == 0 || (grouped ? group != 3 : group > 3)) {
                    return -1;
                }
                grouped = true;
                group = 0;
            } else {
                break;
            }
            c.pos++;
        }
        return grouped && group != 3 ? -1 : o;
    }

    private static int digits(Cursor c, char[] out, int o) {
        while (c.pos < c.s.length()) {
            char digit = digit(c.s.charAt(c.pos));
            if (digit == 0) {
                break;
            }
            out[o++] = digit;
            c.pos++;
        }
        return o;
    }

    private static int exponent(Cursor c, char[] out, int o) {
        if (c.pos >= c.s.length() || (c.s.charAt(c.pos) != 'e' && c.s.charAt(c.pos) != 'E')) {
            return o;
        }
        c.pos++;
        out[o++] = 'E';
        if (c.pos < c.s.length() && sign(c.s.charAt(c.pos)) != 0) {
            out[o++] = sign(c.s.charAt(c.pos++));
        }
        int before = o;
        o = digits(c, out, o);
        return o == before ? -1 : o;
    }

    /** The ASCII digit for an ASCII or full-width digit, or 0. */
    static char digit(char c) {
        if (c >= '0' && c <= '9') {
            return c;
        }
        return c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : 0;
    }

    private static char sign(char c) {
        return switch (c) {
            case '-', '－', '−' -> '-';
            case '+', '＋' -> '+';
            default -> 0;
        };
    }

    private static boolean isPoint(char c) {
        return c == '.' || c == '．';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final class Cursor {
        final String s;
        int pos;

        Cursor(String s) {
            this.s = s;
        }
    }
}
