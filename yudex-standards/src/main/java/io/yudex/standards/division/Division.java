package io.yudex.standards.division;

import java.util.Objects;

/**
 * One administrative division.
 *
 * @param code       six digits, e.g. province {@code 410000}, city {@code 410100}, county {@code 410102}
 * @param name       the Chinese name, e.g. {@code 金水区}
 * @param level      always {@link DivisionCodes#levelOf(String) levelOf(code)}
 * @param parentCode code of the division directly above, null exactly for provinces; a county whose
 *                   city row is a placeholder (Beijing's districts, 济源 419001) has the province as parent
 */
public record Division(String code, String name, Level level, String parentCode) {

    /** The three tiers of GB/T 2260. */
    public enum Level {
        PROVINCE,
        CITY,
        COUNTY
    }

    /**
     * @throws IllegalArgumentException if the code is malformed, the level disagrees with the code's
     *                                  structure, or the parent is missing for a non-province (or given for one)
     */
    public Division {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Level structural = DivisionCodes.levelOf(code);
        if (structural != level) {
            throw new IllegalArgumentException("Division " + code + " is " + structural + " by its code, not " + level);
        }
        if ((level == Level.PROVINCE) != (parentCode == null)) {
            throw new IllegalArgumentException("Division " + code + " (" + level + ") has parent " + parentCode
                    + "; only provinces have none");
        }
        if (parentCode != null && !DivisionCodes.isWellFormed(parentCode)) {
            throw new IllegalArgumentException("Division " + code + " has malformed parent code " + parentCode);
        }
    }
}
