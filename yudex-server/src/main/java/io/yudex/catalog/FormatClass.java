package io.yudex.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** 信息资源格式 class (政务信息资源目录编制指南). */
public enum FormatClass implements Vocabulary {
    ELECTRONIC_FILE("1", "电子文件", "Electronic file"),
    SPREADSHEET("2", "电子表格", "Spreadsheet"),
    DATABASE("3", "数据库", "Database"),
    IMAGE("4", "图形图像", "Graphics and images"),
    STREAMING("5", "流媒体", "Streaming media"),
    SELF_DESCRIBING("6", "自描述格式", "Self-describing format"),
    SERVICE_INTERFACE("7", "服务接口", "Service interface");

    private final String code;
    private final String zh;
    private final String en;

    FormatClass(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    /** Accepts the enum name, the national code or the Chinese label. */
    @JsonCreator
    public static FormatClass from(String text) {
        return Vocabulary.parse(FormatClass.class, text)
                .orElseThrow(() -> new IllegalArgumentException("Unknown FormatClass: " + text));
    }
}
