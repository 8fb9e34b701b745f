package io.yudex.standards.division;

import io.yudex.standards.division.Division.Level;

import java.util.Objects;

/**
 * The structure of a six-digit GB/T 2260 code, independent of any table: two digits province,
 * two city, two county. {@code 41 00 00} is a province, {@code 41 01 00} a city, {@code 41 01 02}
 * a county. City part 90 groups county-level units directly under the province, so
 * {@code 419001} (济源) is a county by structure.
 */
public final class DivisionCodes {

    private DivisionCodes() {
    }

    /** Six ASCII digits whose province part is not {@code 00}. False for null. */
    public static boolean isWellFormed(String code) {
        return code != null && code.length() == 6
                && code.chars().allMatch(c -> c >= '0' && c <= '9')
                && !code.startsWith("00");
    }

    /**
     * The level by structure alone: {@code XX0000} province, {@code XXYY00} city, otherwise county.
     *
     * @throws IllegalArgumentException if the code is not {@linkplain #isWellFormed well formed}
     */
    public static Level levelOf(String code) {
        requireWellFormed(code);
        if (code.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return code.endsWith("00") ? Level.CITY : Level.COUNTY;
    }

    /**
     * The code of the division at {@code level} that contains {@code code}, by structure: to CITY
     * keeps four digits ({@code 410105} → {@code 410100}), to PROVINCE two ({@code 410000}). A code
     * already at or above {@code level} comes back unchanged. The result need not be in any table:
     * {@code 110105} → {@code 110100} (Beijing's 市辖区 placeholder) and {@code 419001} → {@code 419000}.
     *
     * @throws IllegalArgumentException if the code is not well formed
     */
    public static String generalise(String code, Level level) {
        Objects.requireNonNull(level, "level");
        if (levelOf(code).ordinal() <= level.ordinal()) {
            return code;
        }
        return switch (level) {
            case PROVINCE -> code.substring(0, 2) + "0000";
            case CITY -> code.substring(0, 4) + "00";
            case COUNTY -> code;
        };
    }

    /** The province code containing {@code code}, e.g. {@code 410105} → {@code 410000}. */
    public static String provinceCodeOf(String code) {
        return generalise(code, Level.PROVINCE);
    }

    static void requireWellFormed(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("Not a six-digit division code: '" + code + "'");
        }
    }
}
