package io.yudex.ingest.batch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ingest settings under {@code yudex.ingest.*}.
 *
 * @param maxRejectRatio a batch fails as a whole when more than this share of its rows is rejected
 * @param maxRejects     a load stops early once this many rows are rejected
 * @param uploadRetention how long uploaded files are kept (a failed batch can be re-run from its file meanwhile)
 */
@ConfigurationProperties("yudex.ingest")
record IngestProperties(@DefaultValue("0.1") double maxRejectRatio, @DefaultValue("100000") long maxRejects,
        @DefaultValue("7d") Duration uploadRetention) {}
