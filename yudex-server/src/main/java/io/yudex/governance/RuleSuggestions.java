package io.yudex.governance;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.DataType;
import io.yudex.rules.check.CodeTables;
import io.yudex.standards.detect.SensitiveKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Suggests rules for a resource from its data items (type, length, required, key, name and Chinese label) and, when a
 * batch was profiled, from the kind of data detected in each column. Pure: no I/O.
 */
public final class RuleSuggestions {

    /** A suggested rule in map form and why it is suggested. */
    public record Suggestion(Map<String, Object> rule, String reason) {}

    private RuleSuggestions() {}

    /**
     * @param detected column name (lower case) → kind detected in the latest profile; may be empty
     */
    static List<Suggestion> suggest(List<DataItem> items, Map<String, SensitiveKind> detected) {
        List<Suggestion> out = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String citizenId = null;
        String birthDate = null;
        String sex = null;
        for (DataItem item : items) {
            String c = item.name().toLowerCase(Locale.ROOT);
            if (item.required() || item.key()) {
                out.add(new Suggestion(rule("required", c, "error"), item.key() ? "key data item" : "required data item"));
            }
            if (item.key()) {
                keys.add(c);
            }
            if (item.dataType() == DataType.CHARACTER && item.length() != null) {
                Map<String, Object> r = rule("length", c, "error");
                r.put("max", item.length());
                out.add(new Suggestion(r, "character item of length " + item.length()));
            }
            // an expiry or deadline (有效期至, 截止日期, 到期日) lies in the future by nature
            boolean ahead = item.label().contains("有效期") || item.label().contains("截止") || item.label().contains("到期");
            if (item.dataType() == DataType.DATE && !ahead) {
                Map<String, Object> r = rule("date-range", c, "error");
                r.put("to", "today");
                out.add(new Suggestion(r, "date item: not in the future"));
            }
            Optional<String> identifier = identifierOf(item, detected.get(c));
            if (identifier.isPresent()) {
                Map<String, Object> r = rule("identifier", c, "error");
                r.put("type", identifier.get());
                out.add(new Suggestion(r, detected.get(c) != null ? "profile detected " + detected.get(c) : "data item named like a "
                        + identifier.get()));
                if (identifier.get().equals("citizen-id") && citizenId == null) {
                    citizenId = c;
                }
            }
            if (isSex(item)) {
                Map<String, Object> r = rule("code-table", c, "error");
                r.put("table", CodeTables.SEX);
                out.add(new Suggestion(r, "sex as GB/T 2261.1 codes"));
                sex = sex == null ? c : sex;
            }
            if (item.dataType() == DataType.DATE && item.label().contains("出生")) {
                birthDate = birthDate == null ? c : birthDate;
            }
        }
        if (!keys.isEmpty()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("check", "unique");
            r.put("columns", List.copyOf(keys));
            r.put("severity", "error");
            out.add(new Suggestion(r, "key data items identify a row"));
        }
        if (citizenId != null && (birthDate != null || sex != null)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("check", "id-consistency");
            r.put("id", citizenId);
            if (birthDate != null) {
                r.put("birthDate", birthDate);
            }
            if (sex != null) {
                r.put("sex", sex);
            }
            r.put("severity", "error");
            out.add(new Suggestion(r, "birth date and sex are also written in the citizen ID number"));
        }
        return out;
    }

    /** The identifier check an item calls for, from the detected kind first, then from its name and label. */
    static Optional<String> identifierOf(DataItem item, SensitiveKind detected) {
        if (detected != null) {
            switch (detected) {
                case CITIZEN_ID -> { return Optional.of("citizen-id"); }
                case USCC -> { return Optional.of("uscc"); }
                case MOBILE -> { return Optional.of("mobile"); }
                case BANK_CARD -> { return Optional.of("bank-card"); }
                case EMAIL -> { return Optional.of("email"); }
                case LANDLINE -> { return Optional.of("landline"); }
                case LICENCE_PLATE -> { return Optional.of("licence-plate"); }
                default -> { }
            }
        }
        if (item.dataType() != DataType.CHARACTER) {
            return Optional.empty();
        }
        String name = item.name().toLowerCase(Locale.ROOT);
        String label = item.label();
        if (label.contains("身份号码") || label.contains("身份证") || name.equals("sfzhm") || name.equals("gmsfhm")) {
            return Optional.of("citizen-id");
        }
        if (label.contains("统一社会信用代码") || name.equals("tyshxydm")) {
            return Optional.of("uscc");
        }
        if (label.contains("组织机构代码") || name.equals("zzjgdm")) {
            return Optional.of("org-code");
        }
        if (label.contains("行政区划代码") || name.equals("xzqh") || name.equals("xzqhdm")) {
            return Optional.of("division-code");
        }
        if (label.contains("手机") || label.contains("移动电话") || name.equals("sjhm")) {
            return Optional.of("mobile");
        }
        if (label.contains("邮政编码") || name.equals("yzbm")) {
            return Optional.of("postal-code");
        }
        if (label.contains("电子邮箱") || label.contains("电子邮件") || name.equals("email")) {
            return Optional.of("email");
        }
        return Optional.empty();
    }

    private static boolean isSex(DataItem item) {
        return item.label().equals("性别") || item.name().equalsIgnoreCase("xb") && item.label().contains("性别");
    }

    private static Map<String, Object> rule(String check, String column, String severity) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("check", check);
        r.put("column", column);
        r.put("severity", severity);
        return r;
    }
}
