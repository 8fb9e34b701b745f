package io.yudex.ingest.batch;

import io.yudex.catalog.Resource;
import io.yudex.data.BatchOutcome;
import io.yudex.data.BatchWriter;
import io.yudex.data.DataStore;
import io.yudex.data.LoadMode;
import io.yudex.data.TableSchema;
import io.yudex.ingest.ColumnMapping;
import io.yudex.ingest.Loader;
import io.yudex.ingest.MappingException;
import io.yudex.ingest.PrefetchingSource;
import io.yudex.ingest.RowScreen;
import io.yudex.ingest.RowSource;
import io.yudex.ingest.SourceFormatException;
import io.yudex.ingest.SourceUnavailableException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Runs loads in the background and settles each batch exactly once, whatever happens. */
@Component
class LoadRunner {

    private static final Logger log = LoggerFactory.getLogger(LoadRunner.class);

    private final DataStore store;
    private final BatchRepository batches;
    private final RejectRepository rejects;
    private final ExecutorService executor;
    private final ApplicationEventPublisher events;
    private final IngestProperties properties;
    private final Clock clock;
    private final ObjectProvider<BatchScreens> screens;

    LoadRunner(DataStore store, BatchRepository batches, RejectRepository rejects, ExecutorService ingestExecutor,
            ApplicationEventPublisher events, IngestProperties properties, Clock clock, ObjectProvider<BatchScreens> screens) {
        this.screens = screens;
        this.store = store;
        this.batches = batches;
        this.rejects = rejects;
        this.executor = ingestExecutor;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** How a load ended, written to the batch once the resource is free for the next load. */
    private record Settlement(BatchStatus status, Loader.Counters counters, BatchOutcome outcome, String message) {}

    void start(long id, Resource resource, TableSchema schema, BatchInput input, LoadMode mode, AtomicBoolean cancel, Runnable done) {
        executor.submit(() -> {
            Settlement settlement;
            try {
                settlement = run(id, resource, schema, input, mode, cancel);
            } finally {
                done.run();
            }
            settle(id, resource, schema, input, settlement);
        });
    }

    private Settlement run(long id, Resource resource, TableSchema schema, BatchInput input, LoadMode mode, AtomicBoolean cancel) {
        long size = input.size() == null ? 0 : input.size();
        var loader = new Loader(ResourceTables.target(resource), mode, new Loader.Limits(properties.maxRejectRatio(), properties.maxRejects()),
                cancel::get, counters -> batches.progress(id, counters));
        var sink = rejects.sink(id);
        try (RowSource source = PrefetchingSource.wrap(input.open());
                BatchWriter writer = store.begin(schema, id, mode)) {
            ColumnMapping mapping = ColumnMapping.of(source.header(), ResourceTables.target(resource), mode, input.columnMapping());
            String note = mapping.ignoredColumns().isEmpty() ? null : "columns matching no data item were ignored: " + mapping.ignoredColumns();
            BatchScreens screening = screens.getIfAvailable();
            RowScreen screen = screening == null ? RowScreen.NONE : screening.forBatch(resource, properties.maxRejects() + 1);
            BatchOutcome outcome = loader.run(source, mapping, writer, sink, screen);
            return new Settlement(BatchStatus.SUCCEEDED, loader.counters(size), outcome, note);
        } catch (Loader.Stopped e) {
            sink.flush(); // the quarantine explains a failed batch too
            BatchStatus status = e.reason() == Loader.Stopped.Reason.CANCELLED ? BatchStatus.CANCELLED : BatchStatus.FAILED;
            return new Settlement(status, loader.counters(size), null, e.getMessage());
        } catch (MappingException e) {
            return new Settlement(BatchStatus.FAILED, loader.counters(0), null, e.getMessage());
        } catch (SourceFormatException e) {
            return new Settlement(BatchStatus.FAILED, loader.counters(0), null, "the file cannot be read: " + e.getMessage());
        } catch (SourceUnavailableException e) {
            return new Settlement(BatchStatus.FAILED, loader.counters(0), null, "the source cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("Batch {} of {} failed", id, resource.code(), e);
            return new Settlement(BatchStatus.FAILED, loader.counters(0), null, "the load failed: " + e.getMessage());
        }
    }

    private void settle(long id, Resource resource, TableSchema schema, BatchInput input, Settlement s) {
        long inserted = s.outcome() == null ? 0 : s.outcome().inserted();
        long closed = s.outcome() == null ? 0 : s.outcome().closed();
        if (s.status() == BatchStatus.SUCCEEDED) {
            // listeners (the profile among them) run before the batch reads as finished, so a finished batch is complete
            try {
                input.committed(id);
                events.publishEvent(new BatchCommitted(id, resource.code(), schema.table(), inserted, closed));
            } catch (RuntimeException e) {
                log.error("A listener of batch {} failed; the batch itself is committed", id, e);
            }
        }
        batches.finish(id, s.status(), s.counters(), inserted, closed, s.message(), clock.instant());
        if (s.status() == BatchStatus.SUCCEEDED) {
            log.info("Batch {} of {}: {} rows read, {} loaded, {} rejected", id, resource.code(), s.counters().read(),
                    s.counters().loaded(), s.counters().rejected());
        }
    }
}
