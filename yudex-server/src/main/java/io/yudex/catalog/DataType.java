package io.yudex.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** 信息项数据类型 from the national list. */
public enum DataType implements Vocabulary {
    CHARACTER("C", "字符型", "Character"),
    NUMERIC("N", "数值型", "Numeric"),
    CURRENCY("Y", "货币型", "Currency"),
    DATE("D", "日期型", "Date"),
    DATETIME("T", "日期时间型", "Date-time"),
    LOGICAL("L", "逻辑型", "Logical"),
    MEMO("M", "备注型", "Memo"),
    BINARY("B", "二进制", "Binary");

    private final String code;
    private final String zh;
    private final String en;

    DataType(String code, String zh, String en) {
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
    public static DataType from(String text) {
        return Vocabulary.parse(DataType.class, text)
                .orElseThrow(() -> new IllegalArgumentException("Unknown DataType: " + text));
    }
}
