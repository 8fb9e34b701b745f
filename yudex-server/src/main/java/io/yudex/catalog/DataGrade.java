package io.yudex.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** 数据分级 per GB/T 43697-2024; general data carries a sub-level 1–4. */
public enum DataGrade implements Vocabulary {
    CORE("1", "核心数据", "Core data"),
    IMPORTANT("2", "重要数据", "Important data"),
    GENERAL("3", "一般数据", "General data");

    private final String code;
    private final String zh;
    private final String en;

    DataGrade(String code, String zh, String en) {
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
    public static DataGrade from(String text) {
        return Vocabulary.parse(DataGrade.class, text)
                .orElseThrow(() -> new IllegalArgumentException("Unknown DataGrade: " + text));
    }
}
