package io.yudex.rules.compare;

import io.yudex.rules.UnknownCheckException;
import io.yudex.rules.cleaning.Transform;
import io.yudex.rules.cleaning.Transforms;
import java.util.Locale;

/**
 * How a value is made comparable before two departments' values are compared, written as a short spec
 * ({@code "trim"}, {@code "prefix:6"}). {@link #apply} is the reference meaning; the SQL compiler must agree with it.
 * Every normalisation maps null to null, and an empty result counts as no value.
 */
public sealed interface Normalisation {

    /** The spec this normalisation is written as. */
    String spec();

    /** The reference meaning in Java; null in, null out. */
    String apply(String value);

    /** {@code trim}: strip white space at both ends and collapse inner runs to one space (as the cleaning transform). */
    record Trim() implements Normalisation {
        public String spec() {
            return "trim";
        }

        public String apply(String value) {
            return Transforms.apply(new Transform.Trim(), value);
        }
    }

    /** {@code half-width}: full-width ASCII forms and the ideographic space to ASCII. */
    record HalfWidth() implements Normalisation {
        public String spec() {
            return "half-width";
        }

        public String apply(String value) {
            return Transforms.apply(new Transform.HalfWidth(), value);
        }
    }

    /** {@code upper}: ASCII letters to upper case (an ID's {@code x}, a USCC's letters). */
    record Upper() implements Normalisation {
        public String spec() {
            return "upper";
        }

        public String apply(String value) {
            if (value == null) {
                return null;
            }
            StringBuilder sb = new StringBuilder(value.length());
            value.chars().forEach(c -> sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : (char) c));
            return sb.toString();
        }
    }

    /** {@code no-spaces}: removes every ASCII white-space character and the ideographic space (names written 张 三). */
    record NoSpaces() implements Normalisation {
        public String spec() {
            return "no-spaces";
        }

        public String apply(String value) {
            return value == null ? null : value.replaceAll("[ \\t\\n\\f\\r\\u3000]", "");
        }
    }

    /** {@code unify-date}: {@code 2023/1/5}, {@code 2023年1月5日}, {@code 20230105} … to ISO, as the cleaning transform. */
    record UnifyDate() implements Normalisation {
        public String spec() {
            return "unify-date";
        }

        public String apply(String value) {
            return Transforms.apply(new Transform.UnifyDate(), value);
        }
    }

    /** {@code null-likes}: 无, NULL, /, - … and blanks to no value (the cleaning transform's default tokens). */
    record NullLikes() implements Normalisation {
        public String spec() {
            return "null-likes";
        }

        public String apply(String value) {
            return Transforms.apply(new Transform.NullLikes(Transform.NullLikes.DEFAULT), value);
        }
    }

    /** {@code prefix:n}: the first {@code n} characters, e.g. an address's province and city (河南省郑州市). */
    record Prefix(int length) implements Normalisation {
        public Prefix {
            if (length < 1 || length > 1000) {
                throw new UnknownCheckException("prefix length must be between 1 and 1000, not " + length);
            }
        }

        public String spec() {
            return "prefix:" + length;
        }

        public String apply(String value) {
            if (value == null || value.codePointCount(0, value.length()) <= length) {
                return value;
            }
            return value.substring(0, value.offsetByCodePoints(0, length));
        }
    }

    /**
     * The normalisation a spec names.
     *
     * @throws UnknownCheckException for an unknown name or a bad prefix length
     */
    static Normalisation of(String spec) {
        String s = spec == null ? "" : spec.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("prefix:")) {
            try {
                return new Prefix(Integer.parseInt(s.substring(7)));
            } catch (NumberFormatException e) {
                throw new UnknownCheckException("prefix needs a length, e.g. prefix:6, not '" + spec + "'");
            }
        }
        return switch (s) {
            case "trim" -> new Trim();
            case "half-width" -> new HalfWidth();
            case "upper" -> new Upper();
            case "no-spaces" -> new NoSpaces();
            case "unify-date" -> new UnifyDate();
            case "null-likes" -> new NullLikes();
            default -> throw new UnknownCheckException("Unknown normalisation '" + spec
                    + "'; use trim, half-width, upper, no-spaces, unify-date, null-likes or prefix:n");
        };
    }

    /** Applies {@code normalisations} in order; a blank result is no value. */
    static String normalise(java.util.List<Normalisation> normalisations, String value) {
        String v = value;
        for (Normalisation n : normalisations) {
            v = n.apply(v);
        }
        return v == null || v.isEmpty() ? null : v;
    }
}
