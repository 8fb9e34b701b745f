package io.yudex.ingest.pull;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pull settings under {@code yudex.ingest.jdbc.*}.
 *
 * @param allowH2        accept {@code jdbc:h2:} URLs (tests and demos; an H2 URL can reach the platform's own files)
 * @param fetchSize      rows per round trip of the source's cursor
 * @param connectTimeout how long to wait for a source database to accept a connection
 * @param socketTimeout  how long a source may stay silent during a pull before the pull fails
 * @param zone           the zone of cron schedules and of timestamps read from sources that carry a zone
 */
@ConfigurationProperties("yudex.ingest.jdbc")
record PullProperties(
        @DefaultValue("false") boolean allowH2,
        @DefaultValue("5000") int fetchSize,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("10m") Duration socketTimeout,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {}
