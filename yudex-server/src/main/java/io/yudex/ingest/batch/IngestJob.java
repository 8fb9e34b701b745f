package io.yudex.ingest.batch;

import io.yudex.catalog.DataItem;
import io.yudex.data.BatchOutcome;
import io.yudex.data.BatchWriter;
import io.yudex.data.ColumnType;
import io.yudex.data.LoadMode;
import io.yudex.data.TableSchema;
import io.yudex.ingest.Conversion;
import io.yudex.ingest.RowSource;
import io.yudex.ingest.SourceRecord;
import io.yudex.ingest.ValueConverter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Moves one source's records into one batch: maps columns to data items, converts each value, stages the good
 * rows and quarantines the rest with every reason. Accounting never loses a row: read = loaded + rejected.
 */
final class IngestJob {

    /** Why a load stopped before its commit. */
    static final class Stopped extends RuntimeException {
        final BatchStatus status;

        Stopped(BatchStatus status, String message) {
            super(message);
            this.status = status;
        }
    }

    record Limits(double maxRejectRatio, long maxRejects) {}

    private final List<DataItem> items;
    private final ColumnType[] types;
    private final LoadMode mode;
    private final Limits limits;
    private final AtomicBoolean cancelled;
    private final Consumer<BatchRepository.Counters> progress;
    private long read;
    private long loaded;
    private long rejected;

    IngestJob(TableSchema schema, List<DataItem> items, LoadMode mode, Limits limits, AtomicBoolean cancelled,
            Consumer<BatchRepository.Counters> progress) {
        this.items = items;
        this.types = schema.columns().stream().map(c -> c.type()).toArray(ColumnType[]::new);
        this.mode = mode;
        this.limits = limits;
        this.cancelled = cancelled;
        this.progress = progress;
    }

    /**
     * Reads everything, then commits.
     *
     * @throws Stopped when cancelled or when rejects pass the limits (the writer is aborted)
     */
    BatchOutcome run(RowSource source, ColumnMapping mapping, BatchWriter writer, RejectRepository.Sink rejects) {
        long lastReport = System.nanoTime();
        SourceRecord record;
        while ((record = source.next()) != null) {
            read++;
            Object[] values = convert(record, mapping, rejects);
            if (values == null) {
                rejected++;
                if (rejected > limits.maxRejects()) {
                    throw new Stopped(BatchStatus.FAILED, "more than " + limits.maxRejects() + " rejected rows; the load was stopped");
                }
            } else {
                writer.add(values);
                loaded++;
            }
            if ((read & 1023) == 0) {
                if (cancelled.get()) {
                    throw new Stopped(BatchStatus.CANCELLED, "cancelled after " + read + " rows");
                }
                if (System.nanoTime() - lastReport > 500_000_000L) {
                    progress.accept(counters(source.bytesRead()));
                    lastReport = System.nanoTime();
                }
            }
        }
        rejects.flush();
        if (read > 0 && rejected > limits.maxRejectRatio() * read) {
            throw new Stopped(BatchStatus.FAILED, rejected + " of " + read + " rows were rejected, more than the allowed "
                    + Math.round(limits.maxRejectRatio() * 100) + "%; nothing was loaded");
        }
        return writer.commit();
    }

    BatchRepository.Counters counters(long bytesRead) {
        return new BatchRepository.Counters(read, loaded, rejected, bytesRead);
    }

    /** The row's values in table column order, or null (after quarantining every problem) when it cannot load. */
    private Object[] convert(SourceRecord record, ColumnMapping mapping, RejectRepository.Sink rejects) {
        if (!record.wellFormed()) {
            rejects.add(new Reject(record.line(), null, joined(record.values()), record.problem()));
            return null;
        }
        boolean ok = true;
        Object[] row = new Object[items.size()];
        List<String> values = record.values();
        for (int c = 0; c < values.size() && c < mapping.itemOfColumn().length; c++) {
            int item = mapping.itemOfColumn()[c];
            if (item < 0) {
                continue;
            }
            Conversion conversion = ValueConverter.convert(values.get(c), types[item]);
            if (conversion.failed()) {
                rejects.add(new Reject(record.line(), items.get(item).name(), values.get(c), conversion.problem()));
                ok = false;
            } else {
                row[item] = conversion.value();
            }
        }
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null && ColumnMapping.required(items.get(i), mode) && !failedColumn(record, mapping, i)) {
                rejects.add(new Reject(record.line(), items.get(i).name(), null, "the required item " + items.get(i).label() + " is empty"));
                ok = false;
            }
        }
        return ok ? keyOnly(row) : null;
    }

    /** True when column {@code item}'s value already failed conversion (and was reported as such). */
    private static boolean failedColumn(SourceRecord record, ColumnMapping mapping, int item) {
        for (int c = 0; c < mapping.itemOfColumn().length && c < record.values().size(); c++) {
            if (mapping.itemOfColumn()[c] == item) {
                String raw = record.values().get(c);
                return raw != null && !raw.isBlank();
            }
        }
        return false;
    }

    /** A delete batch carries only the key columns, in key order. */
    private Object[] keyOnly(Object[] row) {
        if (mode != LoadMode.DELETE) {
            return row;
        }
        return java.util.stream.IntStream.range(0, items.size()).filter(i -> items.get(i).key()).mapToObj(i -> row[i]).toArray();
    }

    private static String joined(List<String> values) {
        return values == null ? null : String.join(",", values.stream().map(v -> v == null ? "" : v).toList());
    }
}
