package io.yudex.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** 信息资源分类 at the class level: the first digit of the classification code. */
public enum ResourceClass implements Vocabulary {
    BASE("1", "基础信息资源", "Base resource"),
    THEME("2", "主题信息资源", "Theme resource"),
    DEPARTMENT("3", "部门信息资源", "Department resource");

    private final String code;
    private final String zh;
    private final String en;

    ResourceClass(String code, String zh, String en) {
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
    public static ResourceClass from(String text) {
        return Vocabulary.parse(ResourceClass.class, text)
                .orElseThrow(() -> new IllegalArgumentException("Unknown ResourceClass: " + text));
    }
}
