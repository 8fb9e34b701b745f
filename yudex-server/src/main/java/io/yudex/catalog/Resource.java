package io.yudex.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A registered catalog resource (信息资源) with its national core metadata and lifecycle state. */
public record Resource(
        String code,
        String name,
        ResourceClass resourceClass,
        Library library,
        String classificationCode,
        long providerId,
        String providerCode,
        String providerName,
        String regionCode,
        String regionName,
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
        boolean classified,
        DataGrade dataGrade,
        Integer dataGradeLevel,
        List<String> tags,
        Contact contact,
        ResourceStatus status,
        String reviewComment,
        int version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    /** Grade as written in lists, e.g. 一般数据（2级）. */
    public String gradeLabel(boolean chinese) {
        String base = dataGrade.label(chinese);
        if (dataGradeLevel == null) {
            return base;
        }
        return chinese ? base + "（" + dataGradeLevel + "级）" : base + " (level " + dataGradeLevel + ")";
    }
}
