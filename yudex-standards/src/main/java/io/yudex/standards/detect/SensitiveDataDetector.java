package io.yudex.standards.detect;

import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
import io.yudex.standards.identifier.ValidationResult;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Says which {@link SensitiveKind} a whole value is (after trimming); it does not search inside
 * longer text. Checks run in a fixed order and the first match wins: citizen ID, USCC, mobile,
 * bank card, landline, licence plate, e-mail. The order matters only for 18-digit values, which
 * could be both a citizen ID or USCC and a Luhn-valid card number; the check-digit standards win.
 * To keep all-digit card numbers from being taken for USCCs (1 in 31 pass its check by chance),
 * a USCC must validate without warnings: known department, embedded organisation code passing too.
 */
public final class SensitiveDataDetector {

    private static final String PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String PLATE_LETTER = "[A-HJ-NP-Z]";
    private static final String PLATE_CHAR = "[A-HJ-NP-Z0-9]";

    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?1[3-9]\\d{9}");
    private static final Pattern BANK_CARD = Pattern.compile("\\d{16,19}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PLATE = Pattern.compile("[" + PLATE_PROVINCES + "]" + PLATE_LETTER + "[·•]?(?:"
            + "[DF]" + PLATE_CHAR + "\\d{4}"            // new energy, small vehicles: 豫AD12345
            + "|\\d{5}[DF]"                               // new energy, large vehicles: 豫A12345D
            + "|" + PLATE_CHAR + "{4}[A-HJ-NP-Z0-9挂学警]" // ordinary: 豫A12345, 豫AB123学
            + ")");

    private static final List<Rule> RULES = List.of(
            new Rule(SensitiveKind.CITIZEN_ID, v -> CitizenIdNumber.tryParse(v).isPresent()),
            new Rule(SensitiveKind.USCC, SensitiveDataDetector::isCleanUscc),
            new Rule(SensitiveKind.MOBILE, v -> MOBILE.matcher(v).matches()),
            new Rule(SensitiveKind.BANK_CARD, v -> BANK_CARD.matcher(v).matches() && Luhn.isValid(v)),
            new Rule(SensitiveKind.LANDLINE, v -> LANDLINE.matcher(v).matches()),
            new Rule(SensitiveKind.LICENCE_PLATE, v -> PLATE.matcher(v).matches()),
            new Rule(SensitiveKind.EMAIL, v -> EMAIL.matcher(v).matches()),
            new Rule(SensitiveKind.CHINESE_NAME, ChineseText::isPersonalName),
            new Rule(SensitiveKind.ADDRESS, ChineseText::isAddress));

    private SensitiveDataDetector() {
    }

    /** The kind of {@code value}, or empty for null, blank or unrecognised values. */
    public static Optional<SensitiveKind> detect(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        return RULES.stream().filter(r -> r.test().test(v)).map(Rule::kind).findFirst();
    }

    private static boolean isCleanUscc(String value) {
        ValidationResult result = UnifiedSocialCreditCode.validate(value);
        return result.valid() && result.warnings().isEmpty();
    }

    private record Rule(SensitiveKind kind, Predicate<String> test) {
    }
}
