package io.yudex.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** 更新周期. */
public enum UpdateCycle implements Vocabulary {
    REALTIME("1", "实时", "Real time"),
    DAILY("2", "每日", "Daily"),
    WEEKLY("3", "每周", "Weekly"),
    MONTHLY("4", "每月", "Monthly"),
    QUARTERLY("5", "每季度", "Quarterly"),
    HALF_YEARLY("6", "每半年", "Half-yearly"),
    YEARLY("7", "每年", "Yearly");

    private final String code;
    private final String zh;
    private final String en;

    UpdateCycle(String code, String zh, String en) {
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
    public static UpdateCycle from(String text) {
        return Vocabulary.parse(UpdateCycle.class, text)
                .orElseThrow(() -> new IllegalArgumentException("Unknown UpdateCycle: " + text));
    }
}
