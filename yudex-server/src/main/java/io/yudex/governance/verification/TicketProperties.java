package io.yudex.governance.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code yudex.governance.tickets.*}.
 *
 * @param workingDays the owner's time to answer, in working days of the platform's calendar ⚠ (a provincial rule)
 * @param maxPerRequest tickets opened from one run in one request
 */
@ConfigurationProperties("yudex.governance.tickets")
record TicketProperties(@DefaultValue("5") int workingDays, @DefaultValue("1000") int maxPerRequest) {}
