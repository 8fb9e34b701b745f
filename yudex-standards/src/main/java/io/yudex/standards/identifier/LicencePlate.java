package io.yudex.standards.identifier;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A motor-vehicle number plate (机动车号牌, GA 36-2018): province abbreviation, issuing-authority
 * letter (not I or O), then either five characters of {@code A-HJ-NP-Z0-9} for an ordinary plate
 * (the last may be 挂 trailer, 学 learner, 警 police, 港/澳 cross-border, 领/使 consular) or six for a
 * new-energy plate ({@code D}/{@code F} first for small vehicles, last for large). Normalised:
 * separators ({@code ·}, space, hyphen) removed, letters upper-cased.
 */
public final class LicencePlate {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String CHAR = "[A-HJ-NP-Z0-9]";
    private static final Pattern REST = Pattern.compile("[A-HJ-NP-Z](?:"
            + "[DF]" + CHAR + "\\d{4}"                 // new energy, small vehicles: 豫AD12345
            + "|\\d{5}[DF]"                             // new energy, large vehicles: 豫A12345D
            + "|" + CHAR + "{4}(?:" + CHAR + "|[挂学警港澳领使])" // ordinary: 豫A12345, 豫AB123学
            + ")");

    private LicencePlate() {
    }

    /** Never throws. */
    public static ValidationResult validate(String raw) {
        String n = normalise(raw);
        if (n == null || n.isEmpty()) {
            return ValidationResult.of(n, List.of(IdentifierText.empty()), List.of());
        }
        if (PROVINCES.indexOf(n.charAt(0)) < 0) {
            return ValidationResult.of(n, List.of(new Problem(Problem.PROVINCE, "first character " + IdentifierText.quote(n.charAt(0))
                    + " is not a province abbreviation")), List.of());
        }
        if (!REST.matcher(n.substring(1)).matches()) {
            return ValidationResult.of(n, List.of(new Problem(Problem.FORMAT, "after the province expected an authority letter "
                    + "(not I, O) and 5 plate characters, or 6 for a new-energy plate (D/F first or last)")), List.of());
        }
        return ValidationResult.of(n, List.of(), List.of());
    }

    /** Trims, folds full width, upper-cases, removes {@code ·}, spaces and hyphens. Null for null. */
    public static String normalise(String raw) {
        String n = IdentifierText.normalise(raw);
        return n == null ? null : n.replaceAll("[·•\\s\\-\u3000]", "");
    }
}
