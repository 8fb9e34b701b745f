package io.yudex.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How sensitive a data item is (GB/T 35273 personal information; GB/T 43697 important data). */
public enum Sensitivity implements Vocabulary {
    NONE("0", "不敏感", "Not sensitive"),
    PERSONAL("1", "个人信息", "Personal information"),
    SENSITIVE_PERSONAL("2", "敏感个人信息", "Sensitive personal information"),
    IMPORTANT("3", "重要数据", "Important data");

    private final String code;
    private final String zh;
    private final String en;

    Sensitivity(String code, String zh, String en) {
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
    public static Sensitivity from(String text) {
        return Vocabulary.parse(Sensitivity.class, text)
                .orElseThrow(() -> new IllegalArgumentException("Unknown Sensitivity: " + text));
    }
}
