package io.yudex.rules.check;

import java.time.Period;
import java.util.Arrays;
import java.util.Optional;

/** The catalog's update cycles (更新周期) and how old data may be under each. */
public enum UpdateCycle {
    REAL_TIME("real-time", "实时", Period.ofDays(1)),
    DAILY("daily", "每日", Period.ofDays(1)),
    WEEKLY("weekly", "每周", Period.ofWeeks(1)),
    MONTHLY("monthly", "每月", Period.ofMonths(1)),
    QUARTERLY("quarterly", "每季度", Period.ofMonths(3)),
    HALF_YEARLY("half-yearly", "每半年", Period.ofMonths(6)),
    YEARLY("yearly", "每年", Period.ofYears(1));

    private final String apiName;
    private final String chineseName;
    private final Period period;

    UpdateCycle(String apiName, String chineseName, Period period) {
        this.apiName = apiName;
        this.chineseName = chineseName;
        this.period = period;
    }

    public String apiName() {
        return apiName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The longest gap between updates that the cycle allows, before grace. */
    public Period period() {
        return period;
    }

    /** By API name ({@code daily}) or Chinese name ({@code 每日}); empty if unknown. */
    public static Optional<UpdateCycle> of(String name) {
        return Arrays.stream(values()).filter(c -> c.apiName.equals(name) || c.chineseName.equals(name)).findFirst();
    }
}
