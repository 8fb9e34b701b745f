package io.yudex.web;

import io.yudex.catalog.Contact;
import io.yudex.catalog.DataGrade;
import io.yudex.catalog.DataItem;
import io.yudex.catalog.DataType;
import io.yudex.catalog.FormatClass;
import io.yudex.catalog.Library;
import io.yudex.catalog.OpenType;
import io.yudex.catalog.Resource;
import io.yudex.catalog.ResourceClass;
import io.yudex.catalog.ResourceCommand;
import io.yudex.catalog.Sensitivity;
import io.yudex.catalog.ShareMode;
import io.yudex.catalog.ShareType;
import io.yudex.catalog.UpdateCycle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * The console's register/edit form. A mutable bean because HTML forms bind field by field; it is turned
 * into a {@link ResourceCommand} at once and never persisted.
 */
public class ResourceForm {

    /** One data-item row of the form; a row with neither name nor label is ignored. */
    public static class ItemRow {
        private String name;
        private String label;
        private DataType dataType = DataType.CHARACTER;
        private Integer length;
        private boolean required;
        private boolean key;
        private Sensitivity sensitivity = Sensitivity.NONE;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public DataType getDataType() { return dataType; }
        public void setDataType(DataType dataType) { this.dataType = dataType; }
        public Integer getLength() { return length; }
        public void setLength(Integer length) { this.length = length; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
        public boolean isKey() { return key; }
        public void setKey(boolean key) { this.key = key; }
        public Sensitivity getSensitivity() { return sensitivity; }
        public void setSensitivity(Sensitivity sensitivity) { this.sensitivity = sensitivity; }

        boolean blank() {
            return (name == null || name.isBlank()) && (label == null || label.isBlank());
        }
    }

    private String name;
    private ResourceClass resourceClass = ResourceClass.BASE;
    private Library library;
    private String classificationCode;
    private String providerCode;
    private String summary;
    private FormatClass formatClass = FormatClass.DATABASE;
    private String formatType;
    private List<ItemRow> items = new ArrayList<>();
    private ShareType shareType = ShareType.UNCONDITIONAL;
    private String shareConditions;
    private String shareLegalBasis;
    private List<ShareMode> shareModes = new ArrayList<>(List.of(ShareMode.INTERFACE));
    private OpenType openType = OpenType.NOT_OPEN;
    private String openConditions;
    private UpdateCycle updateCycle = UpdateCycle.DAILY;
    private DataGrade dataGrade = DataGrade.GENERAL;
    private Integer dataGradeLevel = 2;
    private String tags;
    private String relatedCodes;
    private String contactName;
    private String contactPhone;
    private String contactEmail;

    public static ResourceForm empty(int itemRows) {
        ResourceForm f = new ResourceForm();
        f.padItems(itemRows);
        return f;
    }

    public static ResourceForm of(Resource r) {
        ResourceForm f = new ResourceForm();
        f.name = r.name();
        f.resourceClass = r.resourceClass();
        f.library = r.library();
        f.classificationCode = r.classificationCode();
        f.providerCode = r.providerCode();
        f.summary = r.summary();
        f.formatClass = r.formatClass();
        f.formatType = r.formatType();
        for (DataItem i : r.items()) {
            ItemRow row = new ItemRow();
            row.name = i.name();
            row.label = i.label();
            row.dataType = i.dataType();
            row.length = i.length();
            row.required = i.required();
            row.key = i.key();
            row.sensitivity = i.sensitivity();
            f.items.add(row);
        }
        f.shareType = r.shareType();
        f.shareConditions = r.shareConditions();
        f.shareLegalBasis = r.shareLegalBasis();
        f.shareModes = new ArrayList<>(r.shareModes());
        f.openType = r.openType();
        f.openConditions = r.openConditions();
        f.updateCycle = r.updateCycle();
        f.dataGrade = r.dataGrade();
        f.dataGradeLevel = r.dataGradeLevel();
        f.tags = String.join(",", r.tags());
        f.relatedCodes = String.join(",", r.relatedCodes());
        f.contactName = r.contact().name();
        f.contactPhone = r.contact().phone();
        f.contactEmail = r.contact().email();
        f.padItems(2);
        return f;
    }

    /** Adds blank rows so the form always offers room for more items. */
    public void padItems(int extra) {
        for (int i = 0; i < extra; i++) {
            items.add(new ItemRow());
        }
    }

    public ResourceCommand toCommand() {
        List<DataItem> dataItems = items.stream().filter(r -> !r.blank())
                .map(r -> new DataItem(trim(r.name), trim(r.label), r.dataType, r.length, r.required || r.key, r.key, r.sensitivity))
                .toList();
        return new ResourceCommand(trim(name), resourceClass, resourceClass == ResourceClass.DEPARTMENT ? null : library,
                trim(classificationCode), trim(providerCode), trim(summary), formatClass, trim(formatType), dataItems, shareType,
                shareConditions, shareLegalBasis, shareModes == null ? EnumSet.noneOf(ShareMode.class) : EnumSet.copyOf(nonEmpty(shareModes)),
                openType, openConditions, updateCycle, null, split(relatedCodes), false, dataGrade,
                dataGrade == DataGrade.GENERAL ? dataGradeLevel : null, split(tags), new Contact(contactName, contactPhone, contactEmail));
    }

    private static List<ShareMode> nonEmpty(List<ShareMode> modes) {
        return modes.isEmpty() ? List.of() : modes;
    }

    /** Splits on ASCII or Chinese commas and the Chinese enumeration comma. */
    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，、]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ResourceClass getResourceClass() { return resourceClass; }
    public void setResourceClass(ResourceClass resourceClass) { this.resourceClass = resourceClass; }
    public Library getLibrary() { return library; }
    public void setLibrary(Library library) { this.library = library; }
    public String getClassificationCode() { return classificationCode; }
    public void setClassificationCode(String classificationCode) { this.classificationCode = classificationCode; }
    public String getProviderCode() { return providerCode; }
    public void setProviderCode(String providerCode) { this.providerCode = providerCode; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public FormatClass getFormatClass() { return formatClass; }
    public void setFormatClass(FormatClass formatClass) { this.formatClass = formatClass; }
    public String getFormatType() { return formatType; }
    public void setFormatType(String formatType) { this.formatType = formatType; }
    public List<ItemRow> getItems() { return items; }
    public void setItems(List<ItemRow> items) { this.items = items; }
    public ShareType getShareType() { return shareType; }
    public void setShareType(ShareType shareType) { this.shareType = shareType; }
    public String getShareConditions() { return shareConditions; }
    public void setShareConditions(String shareConditions) { this.shareConditions = shareConditions; }
    public String getShareLegalBasis() { return shareLegalBasis; }
    public void setShareLegalBasis(String shareLegalBasis) { this.shareLegalBasis = shareLegalBasis; }
    public List<ShareMode> getShareModes() { return shareModes; }
    public void setShareModes(List<ShareMode> shareModes) { this.shareModes = shareModes; }
    public OpenType getOpenType() { return openType; }
    public void setOpenType(OpenType openType) { this.openType = openType; }
    public String getOpenConditions() { return openConditions; }
    public void setOpenConditions(String openConditions) { this.openConditions = openConditions; }
    public UpdateCycle getUpdateCycle() { return updateCycle; }
    public void setUpdateCycle(UpdateCycle updateCycle) { this.updateCycle = updateCycle; }
    public DataGrade getDataGrade() { return dataGrade; }
    public void setDataGrade(DataGrade dataGrade) { this.dataGrade = dataGrade; }
    public Integer getDataGradeLevel() { return dataGradeLevel; }
    public void setDataGradeLevel(Integer dataGradeLevel) { this.dataGradeLevel = dataGradeLevel; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getRelatedCodes() { return relatedCodes; }
    public void setRelatedCodes(String relatedCodes) { this.relatedCodes = relatedCodes; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
}
