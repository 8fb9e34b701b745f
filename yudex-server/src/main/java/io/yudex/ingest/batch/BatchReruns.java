package io.yudex.ingest.batch;

import io.yudex.identity.Caller;
import io.yudex.ingest.SourceFormat;
import io.yudex.platform.ConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Service;

/** Runs a failed or cancelled file batch again from its kept upload, with the same mode and column mapping. */
@Service
public class BatchReruns {

    private final BatchService service;
    private final BatchRepository batches;
    private final UploadStore uploads;
    private final IngestProperties properties;

    BatchReruns(BatchService service, BatchRepository batches, UploadStore uploads, IngestProperties properties) {
        this.service = service;
        this.batches = batches;
        this.uploads = uploads;
        this.properties = properties;
    }

    /**
     * @return the new, running batch
     * @throws ConflictException when the batch succeeded or is running, did not read a file, or its file is no longer kept
     */
    public Batch rerun(long id, Caller caller) {
        Batch b = service.get(id, caller);
        if (b.status() != BatchStatus.FAILED && b.status() != BatchStatus.CANCELLED) {
            throw new ConflictException("Batch " + id + " is " + b.status() + "; only a failed or cancelled batch is run again");
        }
        if (b.source() != BatchSource.FILE && b.source() != BatchSource.PUSH) {
            throw new ConflictException("Batch " + id + " came from " + b.source() + "; run its pull again instead");
        }
        String[] kept = batches.upload(id).orElseThrow();
        Path file = uploads.find(kept[0]).orElseThrow(() -> new ConflictException("The file of batch " + id
                + " is no longer kept (uploads are kept " + properties.uploadRetention().toDays() + " days); upload it again"));
        Upload upload = new Upload(file, b.sourceName(), size(file), b.checksum(), SourceFormat.valueOf(b.format()));
        return service.load(b.resourceCode(), upload, ColumnMappingParam.parse(kept[1]), b.source(), b.mode(), true, caller);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
