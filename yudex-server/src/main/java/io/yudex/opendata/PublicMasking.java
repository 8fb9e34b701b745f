package io.yudex.opendata;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.Sensitivity;
import io.yudex.standards.detect.SensitiveKind;

/**
 * The public masking profile: what a direct identifier must become before anyone may download it. Stricter than the
 * masking between departments: identity documents, bank cards, addresses and important data are withheld whole; a
 * name keeps its surname ({@code 张*}); a phone its first three and last four digits. {@link ReleasePlan#DROP} and
 * {@code NULLIFY} are always accepted instead.
 */
final class PublicMasking {

    static final String NULLIFY = "NULLIFY";
    static final String NAME = "MASK_SHOW_FIRST_LAST(1,0)";
    static final String PHONE = "MASK_SHOW_FIRST_LAST(3,4)";

    private PublicMasking() {}

    /** Why an item is a direct identifier, or null when it is not: its declared sensitivity or the kind detected in it. */
    static String directIdentifier(DataItem item, SensitiveKind detected, boolean declaredQuasi) {
        if (item.sensitivity() == Sensitivity.IMPORTANT || item.sensitivity() == Sensitivity.SENSITIVE_PERSONAL) {
            return "sensitivity " + item.sensitivity().name();
        }
        if (item.sensitivity() == Sensitivity.PERSONAL && !declaredQuasi) {
            return "sensitivity " + item.sensitivity().name();
        }
        if (detected != null && identifies(detected) && !declaredQuasi) {
            return "detected " + detected.name();
        }
        return null;
    }

    /**
     * Kinds that point straight at a person. A USCC names an organisation (public by law); landlines are mostly
     * offices' numbers; addresses are detected in names of places, bodies and documents too (a decision number like
     * 郑上市监罚〔2014〕1号 reads as one): they stay quasi-identifiers that a data admin declares, not blockers.
     */
    static boolean identifies(SensitiveKind kind) {
        return switch (kind) {
            case CITIZEN_ID, BANK_CARD, MOBILE, EMAIL, LICENCE_PLATE, CHINESE_NAME -> true;
            case USCC, LANDLINE, ADDRESS -> false;
        };
    }

    /** The public rule for a direct identifier. */
    static String ruleFor(DataItem item, SensitiveKind detected) {
        if (item.sensitivity() == Sensitivity.IMPORTANT || item.sensitivity() == Sensitivity.SENSITIVE_PERSONAL) {
            return NULLIFY;
        }
        String label = item.label();
        if (detected == SensitiveKind.CHINESE_NAME || label.contains("姓名") || label.equals("所有人") || label.contains("法定代表人")
                || label.contains("负责人")) {
            return NAME;
        }
        if (detected == SensitiveKind.MOBILE || detected == SensitiveKind.LANDLINE || label.contains("电话") || label.contains("手机")) {
            return PHONE;
        }
        return NULLIFY;
    }

    /** Whether a treatment satisfies the profile for a direct identifier. */
    static boolean satisfies(String treatment, String required) {
        if (treatment == null) {
            return false;
        }
        String t = treatment.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return t.equals(ReleasePlan.DROP) || t.equals(NULLIFY) || t.equals("MASK_NULL") || t.equals(required.replace(" ", ""));
    }
}
