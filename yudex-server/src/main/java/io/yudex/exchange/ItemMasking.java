package io.yudex.exchange;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.DataType;
import io.yudex.catalog.Sensitivity;
import io.yudex.standards.masking.MaskingRule;

/**
 * The default masking of an item for a consumer, by its sensitivity: not sensitive items are kept; personal and
 * sensitive personal items are partly shown (an ID number keeps its region and last four digits, a name its
 * surname, a phone its first three and last four digits, anything else its last four characters) or generalised (a
 * date to its year, an address to its county); important data is withheld. A grant may set a stricter rule per item
 * ({@link GrantMasks}).
 */
final class ItemMasking {

    private static final MaskingRule ID_NUMBER = MaskingRule.parse("MASK_SHOW_FIRST_LAST(6,4)");
    private static final MaskingRule NAME = MaskingRule.parse("MASK_SHOW_FIRST_LAST(1,0)");
    private static final MaskingRule PHONE = MaskingRule.parse("MASK_SHOW_FIRST_LAST(3,4)");
    private static final MaskingRule OTHER = MaskingRule.parse("MASK_SHOW_LAST_4");
    private static final MaskingRule WITHHELD = MaskingRule.parse("NULLIFY");
    private static final MaskingRule YEAR = MaskingRule.parse("DATE_SHOW_YEAR");
    private static final MaskingRule COUNTY = MaskingRule.parse("GENERALISE_ADDRESS");

    private ItemMasking() {}

    /** The rule for an item, or null to keep its values. */
    static MaskingRule of(DataItem item) {
        if (item.sensitivity() == Sensitivity.NONE) {
            return null;
        }
        if (item.sensitivity() == Sensitivity.IMPORTANT) {
            return WITHHELD;
        }
        String label = item.label();
        if (label.contains("身份号码") || label.contains("身份证")) {
            return ID_NUMBER;
        }
        if (label.contains("姓名") || label.equals("所有人") || label.contains("法定代表人")) {
            return NAME;
        }
        if (label.contains("电话") || label.contains("手机")) {
            return PHONE;
        }
        if (item.dataType() == DataType.DATE || item.dataType() == DataType.DATETIME) {
            return YEAR;
        }
        if (label.contains("地址") || label.contains("住址")) {
            return COUNTY;
        }
        return OTHER;
    }
}
