package io.yudex.standards.masking;

import io.yudex.standards.division.Division.Level;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns spec strings into {@link MaskingRule}s. */
final class MaskingRuleParser {

    static final String ACCEPTED = "MASK, SHOW_FIRST_n, SHOW_LAST_n, MASK_SHOW_FIRST_LAST(first,last), HASH, "
            + "HASH(SM3), NULLIFY, DATE_SHOW_YEAR, GENERALISE_DIVISION(PROVINCE|CITY|COUNTY), GENERALISE_ADDRESS";

    private static final Pattern SHOW = Pattern.compile("(?:MASK_)?SHOW_(FIRST|LAST)_(\\d{1,6})");
    private static final Pattern FIRST_LAST = Pattern.compile("MASK_SHOW_FIRST_LAST\\((\\d{1,6}),(\\d{1,6})\\)");
    private static final Pattern GENERALISE = Pattern.compile("GENERALI[SZ]E_DIVISION(?:\\((\\w*)\\))?");

    private MaskingRuleParser() {
    }

    static MaskingRule parse(String spec, HmacKey hashKey) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("Masking rule is empty; expected one of " + ACCEPTED);
        }
        String s = spec.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return switch (s) {
            case "MASK" -> new MaskingRule.Mask();
            case "HASH", "MASK_HASH" -> hash(spec, hashKey, MaskingRule.Hash.SHA256);
            case "HASH(SM3)" -> hash(spec, hashKey, MaskingRule.Hash.SM3);
            case "GENERALISE_ADDRESS", "GENERALIZE_ADDRESS" -> new MaskingRule.GeneraliseAddress();
            case "NULLIFY", "MASK_NULL" -> new MaskingRule.Nullify();
            case "DATE_SHOW_YEAR", "MASK_DATE_SHOW_YEAR" -> new MaskingRule.DateShowYear();
            default -> parameterised(spec, s);
        };
    }

    static void requireCount(int count, String rule) {
        if (count < 0) {
            throw new IllegalArgumentException(rule + " count must be 0 or more, got " + count);
        }
    }

    private static MaskingRule parameterised(String original, String s) {
        Matcher m = SHOW.matcher(s);
        if (m.matches()) {
            int count = Integer.parseInt(m.group(2));
            return m.group(1).equals("FIRST") ? new MaskingRule.ShowFirst(count) : new MaskingRule.ShowLast(count);
        }
        m = FIRST_LAST.matcher(s);
        if (m.matches()) {
            return new MaskingRule.MaskShowFirstLast(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = GENERALISE.matcher(s);
        if (m.matches()) {
            return new MaskingRule.GeneraliseDivision(level(original, m.group(1)));
        }
        throw new IllegalArgumentException("Unknown masking rule '" + original + "'; expected one of " + ACCEPTED);
    }

    private static Level level(String original, String name) {
        if (name == null) {
            return Level.CITY;
        }
        try {
            return Level.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown division level '" + name + "' in masking rule '" + original
                    + "'; expected PROVINCE, CITY or COUNTY", e);
        }
    }

    private static MaskingRule hash(String original, HmacKey key, String algorithm) {
        if (key == null) {
            throw new IllegalArgumentException("Masking rule '" + original
                    + "' needs a key: call MaskingRule.parse(spec, HmacKey)");
        }
        return new MaskingRule.Hash(key, algorithm);
    }
}
