package io.yudex.ingest.batch;

import io.yudex.ingest.RowSource;
import io.yudex.ingest.Sources;
import java.util.Map;

/** An uploaded (or pushed) file as the input of a batch. */
record FileInput(Upload upload, Map<String, String> columnMapping) implements BatchInput {

    @Override
    public String name() {
        return upload.name();
    }

    @Override
    public String format() {
        return upload.format().name();
    }

    @Override
    public Long size() {
        return upload.size();
    }

    @Override
    public String checksum() {
        return upload.checksum();
    }

    @Override
    public RowSource open() {
        return Sources.open(upload.file(), upload.format(), null);
    }
}
