package io.yudex.catalog.census;

import io.yudex.catalog.DataGrade;
import io.yudex.catalog.DataType;
import io.yudex.catalog.FormatClass;
import io.yudex.catalog.Library;
import io.yudex.catalog.OpenType;
import io.yudex.catalog.ResourceClass;
import io.yudex.catalog.Sensitivity;
import io.yudex.catalog.ShareMode;
import io.yudex.catalog.ShareType;
import io.yudex.catalog.UpdateCycle;
import io.yudex.catalog.Vocabulary;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the census data sheets: the header users see, the {@code ResourceCommand} field it fills (so the
 * catalog's field errors can be pointed back at a cell) and, for controlled terms, the allowed values.
 */
enum CensusColumn {
    SEQ(CensusSheet.RESOURCES, "序号", "items", true, "本文件内资源的编号，信息项按它关联；序号为“示例”的行不导入"),
    NAME(CensusSheet.RESOURCES, "资源名称", "name", true, "信息资源名称，同一提供方内不可重名"),
    RESOURCE_CLASS(CensusSheet.RESOURCES, "资源分类", "resourceClass", true, "基础、主题或部门信息资源", ResourceClass.values()),
    LIBRARY(CensusSheet.RESOURCES, "所属库", "library", false, "基础、主题资源必填，部门资源留空", Library.values()),
    CLASSIFICATION_CODE(CensusSheet.RESOURCES, "分类代码", "classificationCode", true,
            "类（1位）+ 项（2位）+ 目（3位）+ 细目（可选），如 101001；项须与所属库代码一致"),
    PROVIDER_CODE(CensusSheet.RESOURCES, "提供方代码", "providerCode", false, "提供部门的统一社会信用代码；留空为上传人所在部门"),
    SUMMARY(CensusSheet.RESOURCES, "摘要", "summary", true, "资源内容简介，至多 2000 字"),
    FORMAT_CLASS(CensusSheet.RESOURCES, "格式分类", "formatClass", true, "信息资源格式分类", FormatClass.values()),
    FORMAT_TYPE(CensusSheet.RESOURCES, "格式类型", "formatType", true, "具体格式，如 PostgreSQL、xlsx、JSON"),
    SHARE_TYPE(CensusSheet.RESOURCES, "共享类型", "shareType", true, "无条件、有条件或不予共享", ShareType.values()),
    SHARE_CONDITIONS(CensusSheet.RESOURCES, "共享条件", "shareConditions", false, "有条件共享时必填"),
    SHARE_LEGAL_BASIS(CensusSheet.RESOURCES, "不予共享依据", "shareLegalBasis", false, "不予共享时必填"),
    SHARE_MODES(CensusSheet.RESOURCES, "共享方式", "shareModes", false, "共享的资源至少填一项；多项用“、”或“,”分隔", ShareMode.values()),
    OPEN_TYPE(CensusSheet.RESOURCES, "开放类型", "openType", true, "无条件、有条件或不予开放", OpenType.values()),
    OPEN_CONDITIONS(CensusSheet.RESOURCES, "开放条件", "openConditions", false, "有条件开放时必填"),
    UPDATE_CYCLE(CensusSheet.RESOURCES, "更新周期", "updateCycle", true, "数据更新的频率", UpdateCycle.values()),
    DATA_GRADE(CensusSheet.RESOURCES, "数据分级", "dataGrade", true, "按 GB/T 43697-2024 分级", DataGrade.values()),
    DATA_GRADE_LEVEL(CensusSheet.RESOURCES, "一般数据级别", "dataGradeLevel", false, "一般数据必填 1–4；核心、重要数据留空"),
    TAGS(CensusSheet.RESOURCES, "标签", "tags", false, "至多 20 个，用“、”或“,”分隔"),
    RELATED_CODES(CensusSheet.RESOURCES, "关联资源代码", "relatedCodes", false, "已登记资源的代码，如 101001/000001；多个用“、”分隔"),
    CONTACT_NAME(CensusSheet.RESOURCES, "联系人", "contact.name", false, "可选"),
    CONTACT_PHONE(CensusSheet.RESOURCES, "联系电话", "contact.phone", false, "可选"),
    CONTACT_EMAIL(CensusSheet.RESOURCES, "联系邮箱", "contact.email", false, "可选"),

    ITEM_SEQ(CensusSheet.ITEMS, "资源序号", "", true, "所属资源在「资源」表中的序号；序号为“示例”的行不导入"),
    ITEM_NAME(CensusSheet.ITEMS, "信息项名称", "name", true, "字母开头，由字母、数字、下划线组成，如 sfzhm"),
    ITEM_LABEL(CensusSheet.ITEMS, "中文名称", "label", true, "如 公民身份号码"),
    DATA_TYPE(CensusSheet.ITEMS, "数据类型", "dataType", true, "国家标准数据类型", DataType.values()),
    LENGTH(CensusSheet.ITEMS, "长度", "length", false, "1–100000 的整数；无长度的类型留空"),
    REQUIRED(CensusSheet.ITEMS, "必填", "required", false, "是 / 否，留空为否"),
    KEY(CensusSheet.ITEMS, "主键", "key", false, "是 / 否，留空为否；主键项同时视为必填"),
    SENSITIVITY(CensusSheet.ITEMS, "敏感级别", "sensitivity", false, "留空为不敏感", Sensitivity.values());

    private final CensusSheet sheet;
    private final String header;
    private final String field;
    private final boolean required;
    private final String note;
    private final List<Vocabulary> terms;

    CensusColumn(CensusSheet sheet, String header, String field, boolean required, String note, Vocabulary... terms) {
        this.sheet = sheet;
        this.header = header;
        this.field = field;
        this.required = required;
        this.note = note;
        this.terms = List.of(terms);
    }

    static List<CensusColumn> of(CensusSheet sheet) {
        return Arrays.stream(values()).filter(c -> c.sheet == sheet).toList();
    }

    /** The column of {@code sheet} that fills {@code field} (a field path without its index, e.g. {@code tags}). */
    static Optional<CensusColumn> forField(CensusSheet sheet, String field) {
        return Arrays.stream(values()).filter(c -> c.sheet == sheet && c.field.equals(field)).findFirst();
    }

    CensusSheet sheet() {
        return sheet;
    }

    String header() {
        return header;
    }

    /** The header as written in the template: required columns carry a trailing {@code *}. */
    String templateHeader() {
        return required ? header + "*" : header;
    }

    boolean required() {
        return required;
    }

    String note() {
        return note;
    }

    /** The controlled terms of this column; empty for free text. */
    List<Vocabulary> terms() {
        return terms;
    }

    /** The values offered in the template's drop-down list; empty when the column takes free text or several terms. */
    List<String> choices() {
        return switch (this) {
            case REQUIRED, KEY -> List.of("是", "否");
            case DATA_GRADE_LEVEL -> List.of("1", "2", "3", "4");
            case SHARE_MODES -> List.of();
            default -> terms.stream().map(Vocabulary::zh).toList();
        };
    }
}
