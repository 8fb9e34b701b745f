package io.yudex.exchange;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sharing settings under {@code yudex.sharing.*}.
 *
 * @param decisionWorkingDays working days a provider has to decide a conditional application (the national rule's 10
 *                            by default; provinces may set their own)
 * @param maxValidity         the longest validity an application may ask for
 * @param purposes            the purposes an application may name
 */
@ConfigurationProperties("yudex.sharing")
record SharingProperties(
        @DefaultValue("10") int decisionWorkingDays,
        @DefaultValue("P3Y") Period maxValidity,
        @DefaultValue({"行政依据", "工作参考", "数据校核", "业务协同", "公共服务"}) List<String> purposes) {}
