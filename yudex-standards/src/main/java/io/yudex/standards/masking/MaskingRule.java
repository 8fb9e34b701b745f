package io.yudex.standards.masking;

import io.yudex.standards.division.Division.Level;
import io.yudex.standards.division.DivisionCodes;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A de-identification rule applied to one value. Every rule maps null to null, works on Unicode
 * code points (never splits a surrogate pair), and fails closed: input a rule cannot interpret
 * becomes null or fully masked, never passes through.
 *
 * <p>Parse rules from their {@link #spec()} strings with {@link #parse(String)}.
 */
public sealed interface MaskingRule {

    /** The masked value; null for null input. Thread-safe. */
    String apply(String value);

    /** The canonical spec string; {@link #parse} of it gives an equal rule (HASH also needs the key). */
    String spec();

    /**
     * Parses {@code MASK}, {@code SHOW_FIRST_n}, {@code SHOW_LAST_n},
     * {@code MASK_SHOW_FIRST_LAST(first,last)}, {@code NULLIFY}, {@code DATE_SHOW_YEAR},
     * {@code GENERALISE_DIVISION(PROVINCE|CITY|COUNTY)} (bare {@code GENERALISE_DIVISION} means CITY),
     * case- and space-insensitive,
     * plus Ranger's names {@code MASK_SHOW_FIRST_n}, {@code MASK_SHOW_LAST_n}, {@code MASK_NULL},
     * {@code MASK_DATE_SHOW_YEAR}. {@code HASH} needs {@link #parse(String, HmacKey)}.
     *
     * @throws IllegalArgumentException naming the spec and the accepted forms, if it is unknown or malformed
     */
    static MaskingRule parse(String spec) {
        return MaskingRuleParser.parse(spec, null);
    }

    /** As {@link #parse(String)}, with the key that {@code HASH} (or Ranger's {@code MASK_HASH}) uses. */
    static MaskingRule parse(String spec, HmacKey hashKey) {
        return MaskingRuleParser.parse(spec, hashKey);
    }

    /** Ranger's MASK: upper → X, lower → x, digit → n, other letters (e.g. Han) → *, the rest kept. */
    record Mask() implements MaskingRule {
        public String apply(String value) {
            return value == null ? null : CodePoints.maskByClass(value);
        }

        public String spec() {
            return "MASK";
        }
    }

    /** Shows the first {@code count} code points, replaces the rest with {@code *}; all hidden if nothing would be. */
    record ShowFirst(int count) implements MaskingRule {
        public ShowFirst {
            MaskingRuleParser.requireCount(count, "SHOW_FIRST");
        }

        public String apply(String value) {
            return value == null ? null : CodePoints.keepEnds(value, count, 0);
        }

        public String spec() {
            return "SHOW_FIRST_" + count;
        }
    }

    /** Shows the last {@code count} code points, replaces the rest with {@code *}; all hidden if nothing would be. */
    record ShowLast(int count) implements MaskingRule {
        public ShowLast {
            MaskingRuleParser.requireCount(count, "SHOW_LAST");
        }

        public String apply(String value) {
            return value == null ? null : CodePoints.keepEnds(value, 0, count);
        }

        public String spec() {
            return "SHOW_LAST_" + count;
        }
    }

    /**
     * Shows both ends and stars the middle, keeping the length: {@code (6,4)} turns a citizen ID into
     * {@code 410105********1234}. A value no longer than {@code first + last} is starred entirely.
     */
    record MaskShowFirstLast(int first, int last) implements MaskingRule {
        public MaskShowFirstLast {
            MaskingRuleParser.requireCount(first, "MASK_SHOW_FIRST_LAST first");
            MaskingRuleParser.requireCount(last, "MASK_SHOW_FIRST_LAST last");
        }

        public String apply(String value) {
            return value == null ? null : CodePoints.keepEnds(value, first, last);
        }

        public String spec() {
            return "MASK_SHOW_FIRST_LAST(" + first + "," + last + ")";
        }
    }

    /**
     * Keyed pseudonym: lower-case hex of an HMAC over the UTF-8 bytes (64 characters for SHA-256 and SM3).
     * The same key and value always give the same pseudonym, so joins still work; normalise values first
     * (e.g. {@code CitizenIdNumber.normalise}) if differently written forms should match. {@code HASH} is
     * HMAC-SHA256, which every Java platform has; {@code HASH(SM3)} is HMAC-SM3 (GB/T 32905), looked up
     * by its JCA name {@code HmacSM3}, so it needs a provider that offers it (BouncyCastle) registered
     * with {@link java.security.Security}: without one, {@link #apply} throws rather than pass the value.
     *
     * @param algorithm the JCA MAC name, {@code HmacSHA256} or {@code HmacSM3}
     */
    record Hash(HmacKey key, String algorithm) implements MaskingRule {
        static final String SHA256 = "HmacSHA256";
        static final String SM3 = "HmacSM3";

        public Hash {
            Objects.requireNonNull(key, "key");
            if (!SHA256.equals(algorithm) && !SM3.equals(algorithm)) {
                throw new IllegalArgumentException("HASH algorithm must be " + SHA256 + " or " + SM3 + ", was: " + algorithm);
            }
        }

        /** HMAC-SHA256. */
        public Hash(HmacKey key) {
            this(key, SHA256);
        }

        public String apply(String value) {
            if (value == null) {
                return null;
            }
            try {
                Mac mac = Mac.getInstance(algorithm);
                mac.init(new SecretKeySpec(key.bytes(), algorithm));
                return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(algorithm + " is not available: register a provider that offers it", e);
            }
        }

        public String spec() {
            return algorithm.equals(SHA256) ? "HASH" : "HASH(SM3)";
        }

        /**
         * The same function as {@link #apply}, for masking many values: one MAC per thread, initialised once, where
         * {@code apply} looks the algorithm up and initialises a MAC for every value (as costly as the MAC itself).
         * Thread-safe.
         */
        public java.util.function.UnaryOperator<String> forManyValues() {
            ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
                try {
                    Mac mac = Mac.getInstance(algorithm);
                    mac.init(new SecretKeySpec(key.bytes(), algorithm));
                    return mac;
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(algorithm + " is not available: register a provider that offers it", e);
                }
            });
            return value -> value == null ? null : HexFormat.of().formatHex(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Always null. */
    record Nullify() implements MaskingRule {
        public String apply(String value) {
            return null;
        }

        public String spec() {
            return "NULLIFY";
        }
    }

    /**
     * Keeps the year of a date: {@code 1949-12-31}, {@code 1949/12/31} or {@code 19491231} (optionally
     * followed by {@code T} or a space and a time) becomes {@code 1949}. Anything else, including
     * impossible dates, becomes null.
     */
    record DateShowYear() implements MaskingRule {
        public String apply(String value) {
            return value == null ? null : DateYears.yearOf(value).orElse(null);
        }

        /** A date becomes 1 January of its year, as Ranger does for date columns; null stays null. */
        public LocalDate apply(LocalDate date) {
            return date == null ? null : LocalDate.of(date.getYear(), 1, 1);
        }

        public String spec() {
            return "DATE_SHOW_YEAR";
        }
    }

    /**
     * Replaces a division code with the code of the division containing it at {@code level}, by
     * structure ({@link DivisionCodes#generalise}): {@code 410105} → {@code 410100} at CITY. Accepts
     * 6-digit GB/T 2260 codes and 9- or 12-digit NBS statistical codes (first six digits used); the
     * result is always six digits. Anything else becomes null.
     */
    record GeneraliseDivision(Level level) implements MaskingRule {
        private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

        public GeneraliseDivision {
            Objects.requireNonNull(level, "level");
        }

        public String apply(String value) {
            if (value == null || !CODE.matcher(value.strip()).matches()) {
                return null;
            }
            String code = value.strip().substring(0, 6);
            return DivisionCodes.isWellFormed(code) ? DivisionCodes.generalise(code, level) : null;
        }

        public String spec() {
            return "GENERALISE_DIVISION(" + level + ")";
        }
    }

    /**
     * Keeps a Chinese postal address down to its county-level division: {@code 河南省郑州市金水区花园路59号}
     * becomes {@code 河南省郑州市金水区}. The county is the first 区, 县, 旗 or county-level 市 after the
     * province (省, 自治区, or a municipality's 市) and city (市, 自治州, 州, 盟, 地区) parts, each optional.
     * An address with no county-level part becomes null: nothing below the county ever passes.
     */
    record GeneraliseAddress() implements MaskingRule {
        private static final Pattern COUNTY = Pattern.compile(
                "^((?:[^省市区县]{2,7}?(?:省|自治区))?(?:[^省市区县]{1,10}?(?:自治州|地区|市|州|盟))?[^省市区县]{1,10}?(?:区|县|旗|市))");

        public String apply(String value) {
            if (value == null) {
                return null;
            }
            Matcher m = COUNTY.matcher(value.strip());
            return m.find() ? m.group(1) : null;
        }

        public String spec() {
            return "GENERALISE_ADDRESS";
        }
    }
}
