package io.yudex.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** 共享方式: how a consumer receives shared data. */
public enum ShareMode implements Vocabulary {
    INTERFACE("1", "接口", "Interface"),
    TABLE("2", "库表", "Database table"),
    FILE("3", "文件", "File");

    private final String code;
    private final String zh;
    private final String en;

    ShareMode(String code, String zh, String en) {
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
    public static ShareMode from(String text) {
        return Vocabulary.parse(ShareMode.class, text)
                .orElseThrow(() -> new IllegalArgumentException("Unknown ShareMode: " + text));
    }
}
