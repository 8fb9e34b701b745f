package io.yudex.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a data admin sends to register or edit a resource. Nulls mean "missing"; {@link ResourceValidator}
 * reports every rule broken at once. {@code providerCode} may be omitted by a department admin (their own
 * department is used).
 */
public record ResourceCommand(
        String name,
        ResourceClass resourceClass,
        Library library,
        String classificationCode,
        String providerCode,
        String summary,
        FormatClass formatClass,
        String formatType,
        List<DataItem> items,
        ShareType shareType,
        String shareConditions,
        String shareLegalBasis,
        Set<ShareMode> shareModes,
        OpenType openType,
        String openConditions,
        UpdateCycle updateCycle,
        LocalDate releaseDate,
        List<String> relatedCodes,
        Boolean classified,
        DataGrade dataGrade,
        Integer dataGradeLevel,
        List<String> tags,
        Contact contact) {

    public ResourceCommand {
        items = items == null ? List.of() : items;
        shareModes = shareModes == null ? Set.of() : shareModes;
        relatedCodes = relatedCodes == null ? List.of() : relatedCodes;
        tags = tags == null ? List.of() : tags;
        contact = contact == null ? Contact.NONE : contact;
    }

    public ResourceCommand withProviderCode(String code) {
        return new ResourceCommand(name, resourceClass, library, classificationCode, code, summary, formatClass, formatType,
                items, shareType, shareConditions, shareLegalBasis, shareModes, openType, openConditions, updateCycle,
                releaseDate, relatedCodes, classified, dataGrade, dataGradeLevel, tags, contact);
    }
}
