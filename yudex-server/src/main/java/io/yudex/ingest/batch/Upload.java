package io.yudex.ingest.batch;

import io.yudex.ingest.SourceFormat;
import java.nio.file.Path;

/** A source file saved under the data dir, with what the load needs to know about it. */
public record Upload(Path file, String name, long size, String checksum, SourceFormat format) {}
