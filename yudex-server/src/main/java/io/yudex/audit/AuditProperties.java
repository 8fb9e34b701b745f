package io.yudex.audit;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit settings under {@code yudex.audit.*}.
 *
 * @param journal        AUTO (a forced journal file in front of H2, whose commits are not synced; none on PostgreSQL,
 *                       whose commits are with synchronous_commit on), ON or OFF
 * @param retentionDays  how long entries stay in the database before they are archived to files; at least 180
 * @param workdayStart   start of working hours, for the out-of-hours flag
 * @param workdayEnd     end of working hours
 * @param burstWindow    window of the many-people flag
 * @param burstDistinct  distinct looked-up values by one consumer within the window that raise the flag
 * @param volumeMinRows  a day's rows below this never raise the volume flag
 * @param volumeMinDays  previous days a consumer needs before its volume is judged
 */
@ConfigurationProperties("yudex.audit")
record AuditProperties(
        @DefaultValue("AUTO") Journal journal,
        @DefaultValue("180") int retentionDays,
        @DefaultValue("08:00") LocalTime workdayStart,
        @DefaultValue("18:00") LocalTime workdayEnd,
        @DefaultValue("10m") Duration burstWindow,
        @DefaultValue("20") int burstDistinct,
        @DefaultValue("100") long volumeMinRows,
        @DefaultValue("5") int volumeMinDays) {

    static final int MINIMUM_RETENTION_DAYS = 180;

    enum Journal { AUTO, ON, OFF }

    AuditProperties {
        if (retentionDays < MINIMUM_RETENTION_DAYS) {
            throw new IllegalArgumentException("yudex.audit.retention-days must be at least " + MINIMUM_RETENTION_DAYS + " (was " + retentionDays + ")");
        }
    }
}
