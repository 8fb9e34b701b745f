package io.yudex.ingest.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ingest settings under {@code yudex.ingest.*}.
 *
 * @param maxRejectRatio a batch fails as a whole when more than this share of its rows is rejected
 * @param maxRejects     a load stops early once this many rows are rejected
 */
@ConfigurationProperties("yudex.ingest")
record IngestProperties(@DefaultValue("0.1") double maxRejectRatio, @DefaultValue("100000") long maxRejects) {}
