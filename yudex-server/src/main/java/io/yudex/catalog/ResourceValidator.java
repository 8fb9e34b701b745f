package io.yudex.catalog;

import io.yudex.platform.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The catalog's metadata rules (政务信息资源目录编制指南 + the sharing and open-data rules), checked all
 * at once so the user sees every problem in one answer. Pure logic: no database.
 */
final class ResourceValidator {

    static final Pattern CLASSIFICATION_CODE = Pattern.compile("[123]\\d{5}(\\d{1,4})?");
    static final Pattern RESOURCE_CODE = Pattern.compile("[123]\\d{5}(\\d{1,4})?/\\d{6}");
    private static final Pattern ITEM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,32}");
    private static final int MAX_ITEMS = 500;
    private static final int MAX_TAGS = 20;

    private final List<FieldError> errors = new ArrayList<>();

    private ResourceValidator() {}

    /** Every broken rule of {@code c}; empty when it may be saved. */
    static List<FieldError> validate(ResourceCommand c) {
        var v = new ResourceValidator();
        v.text("name", c.name(), 200, true);
        v.text("summary", c.summary(), 2000, true);
        v.classification(c);
        v.required("formatClass", c.formatClass());
        v.text("formatType", c.formatType(), 64, true);
        v.items(c.items());
        v.sharing(c);
        v.opening(c);
        v.required("updateCycle", c.updateCycle());
        v.grade(c);
        if (Boolean.TRUE.equals(c.classified())) {
            v.add("classified", "only non-classified (非涉密) resources may be registered in this catalog");
        }
        v.lists(c);
        v.contact(c.contact());
        return List.copyOf(v.errors);
    }

    private void classification(ResourceCommand c) {
        required("resourceClass", c.resourceClass());
        String code = c.classificationCode();
        if (code == null || code.isBlank()) {
            add("classificationCode", "is required");
        } else if (!CLASSIFICATION_CODE.matcher(code).matches()) {
            add("classificationCode", "must be class (1 digit) + item (2) + sub-item (3) + optional detail (1-4 digits), e.g. 101001");
        } else if (c.resourceClass() != null && !code.startsWith(c.resourceClass().code())) {
            add("classificationCode", "must start with " + c.resourceClass().code() + " for a " + c.resourceClass().en().toLowerCase());
        } else if (c.library() != null && !code.substring(1, 3).equals(c.library().code())) {
            add("classificationCode", "item digits must be " + c.library().code() + " for library " + c.library().zh());
        }
        if (c.resourceClass() == ResourceClass.DEPARTMENT && c.library() != null) {
            add("library", "department resources belong to no base or theme library");
        }
        if (c.resourceClass() != null && c.resourceClass() != ResourceClass.DEPARTMENT) {
            if (c.library() == null) {
                add("library", "is required for a " + c.resourceClass().en().toLowerCase());
            } else if (c.library().resourceClass() != c.resourceClass()) {
                add("library", c.library().zh() + " is a " + c.library().resourceClass().en().toLowerCase() + " library");
            }
        }
    }

    private void items(List<DataItem> items) {
        if (items.isEmpty()) {
            add("items", "at least one data item (信息项) is required");
            return;
        }
        if (items.size() > MAX_ITEMS) {
            add("items", "at most " + MAX_ITEMS + " data items");
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            DataItem item = items.get(i);
            String p = "items[" + i + "].";
            if (item == null) {
                add("items[" + i + "]", "is empty");
                continue;
            }
            if (item.name() == null || !ITEM_NAME.matcher(item.name()).matches() || item.name().length() > 64) {
                add(p + "name", "must be 1-64 letters, digits or '_' starting with a letter");
            } else if (!names.add(item.name().toLowerCase())) {
                add(p + "name", "duplicate item name " + item.name());
            }
            text(p + "label", item.label(), 128, true);
            required(p + "dataType", item.dataType());
            required(p + "sensitivity", item.sensitivity());
            if (item.length() != null && (item.length() < 1 || item.length() > 100_000)) {
                add(p + "length", "must be between 1 and 100000");
            }
        }
    }

    private void sharing(ResourceCommand c) {
        required("shareType", c.shareType());
        text("shareConditions", c.shareConditions(), 2000, c.shareType() == ShareType.CONDITIONAL);
        text("shareLegalBasis", c.shareLegalBasis(), 2000, c.shareType() == ShareType.NOT_SHARED);
        if (c.shareType() != null && c.shareType() != ShareType.NOT_SHARED && c.shareModes().isEmpty()) {
            add("shareModes", "name at least one share mode (interface, table, file) for a shared resource");
        }
    }

    private void opening(ResourceCommand c) {
        required("openType", c.openType());
        text("openConditions", c.openConditions(), 2000, c.openType() == OpenType.CONDITIONAL);
        if (c.openType() == OpenType.UNCONDITIONAL) {
            boolean sensitive = c.items().stream()
                    .anyMatch(i -> i != null && i.sensitivity() == Sensitivity.SENSITIVE_PERSONAL);
            if (sensitive) {
                add("openType", "a resource with sensitive personal items cannot be opened unconditionally; de-identify it first");
            }
        }
        if (c.openType() != null && c.openType() != OpenType.NOT_OPEN && c.dataGrade() == DataGrade.CORE) {
            add("openType", "core data (核心数据) is never opened");
        }
    }

    private void grade(ResourceCommand c) {
        required("dataGrade", c.dataGrade());
        if (c.dataGrade() == DataGrade.GENERAL) {
            if (c.dataGradeLevel() == null || c.dataGradeLevel() < 1 || c.dataGradeLevel() > 4) {
                add("dataGradeLevel", "general data needs a sub-level from 1 to 4");
            }
        } else if (c.dataGradeLevel() != null) {
            add("dataGradeLevel", "only general data (一般数据) has a sub-level");
        }
    }

    private void lists(ResourceCommand c) {
        if (c.tags().size() > MAX_TAGS) {
            add("tags", "at most " + MAX_TAGS + " tags");
        }
        for (int i = 0; i < c.tags().size(); i++) {
            text("tags[" + i + "]", c.tags().get(i), 32, true);
            if (c.tags().get(i) != null && c.tags().get(i).contains(",")) {
                add("tags[" + i + "]", "must not contain a comma");
            }
        }
        for (int i = 0; i < c.relatedCodes().size(); i++) {
            String code = c.relatedCodes().get(i);
            if (code == null || !RESOURCE_CODE.matcher(code).matches()) {
                add("relatedCodes[" + i + "]", "is not a resource code (e.g. 101001/000001)");
            }
        }
    }

    private void contact(Contact contact) {
        text("contact.name", contact.name(), 64, false);
        if (contact.phone() != null && !contact.phone().isBlank() && !PHONE.matcher(contact.phone()).matches()) {
            add("contact.phone", "is not a phone number");
        }
        if (contact.email() != null && !contact.email().isBlank()
                && (contact.email().length() > 128 || !EMAIL.matcher(contact.email()).matches())) {
            add("contact.email", "is not an e-mail address");
        }
    }

    private void text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "is required");
            }
        } else if (value.length() > max) {
            add(field, "must be at most " + max + " characters (was " + value.length() + ")");
        }
    }

    private void required(String field, Object value) {
        if (value == null) {
            add(field, "is required");
        }
    }

    private void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
