package io.yudex.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** 开放类型: whether and how the public may use the data. */
public enum OpenType implements Vocabulary {
    UNCONDITIONAL("1", "无条件开放", "Open"),
    CONDITIONAL("2", "有条件开放", "Open on application"),
    NOT_OPEN("3", "不予开放", "Not open");

    private final String code;
    private final String zh;
    private final String en;

    OpenType(String code, String zh, String en) {
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
    public static OpenType from(String text) {
        return Vocabulary.parse(OpenType.class, text)
                .orElseThrow(() -> new IllegalArgumentException("Unknown OpenType: " + text));
    }
}
