package io.yudex.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** 共享类型 under the national sharing rules. */
public enum ShareType implements Vocabulary {
    UNCONDITIONAL("1", "无条件共享", "Unconditional sharing"),
    CONDITIONAL("2", "有条件共享", "Conditional sharing"),
    NOT_SHARED("3", "不予共享", "Not shared");

    private final String code;
    private final String zh;
    private final String en;

    ShareType(String code, String zh, String en) {
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
    public static ShareType from(String text) {
        return Vocabulary.parse(ShareType.class, text)
                .orElseThrow(() -> new IllegalArgumentException("Unknown ShareType: " + text));
    }
}
