package io.yudex.ingest;

import io.yudex.data.BatchOutcome;
import io.yudex.data.BatchWriter;
import io.yudex.data.LoadMode;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Moves one source's records into one batch: converts each mapped value to its column's type, stages the good
 * rows and hands every problem of the others to the reject sink. Accounting never loses a row:
 * read = loaded + rejected. Not thread-safe; one loader per batch.
 */
public final class Loader {

    /** Counters a running load reports and a finished one settles. */
    public record Counters(long read, long loaded, long rejected, long bytesRead) {}

    /**
     * @param maxRejectRatio the batch fails when more than this share of its rows is rejected
     * @param maxRejects     the load stops early once this many rows are rejected
     */
    public record Limits(double maxRejectRatio, long maxRejects) {}

    /** Why a load stopped before its commit; the caller aborts the writer. */
    public static final class Stopped extends RuntimeException {

        public enum Reason { CANCELLED, TOO_MANY_REJECTS }

        private final Reason reason;

        Stopped(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private final LoadTarget target;
    private final LoadMode mode;
    private final Limits limits;
    private final BooleanSupplier cancelled;
    private final Consumer<Counters> progress;
    private final int[] keyColumns;
    private long read;
    private long loaded;
    private long rejected;
    private final SourceLines lines = new SourceLines();

    public Loader(LoadTarget target, LoadMode mode, Limits limits, BooleanSupplier cancelled, Consumer<Counters> progress) {
        this.target = target;
        this.mode = mode;
        this.limits = limits;
        this.cancelled = cancelled;
        this.progress = progress;
        this.keyColumns = java.util.stream.IntStream.range(0, target.size()).filter(target::key).toArray();
    }

    /**
     * Reads everything, then commits.
     *
     * @throws Stopped when cancelled or when rejects pass the limits
     */
    public BatchOutcome run(RowSource source, ColumnMapping mapping, BatchWriter writer, RejectSink rejects) {
        return run(source, mapping, writer, rejects, RowScreen.NONE);
    }

    /**
     * Reads everything, lets {@code screen} hold rows back inside the batch's transaction, then commits: held rows go
     * to the reject sink with their source lines and every reason, and count against the limits.
     *
     * @throws Stopped when cancelled or when rejects (held rows included) pass the limits; nothing is committed then
     */
    public BatchOutcome run(RowSource source, ColumnMapping mapping, BatchWriter writer, RejectSink rejects, RowScreen screen) {
        long lastReport = System.nanoTime();
        SourceRecord record;
        while ((record = source.next()) != null) {
            read++;
            Object[] values = convert(record, mapping, rejects);
            if (values == null) {
                rejected++;
                if (rejected > limits.maxRejects()) {
                    throw new Stopped(Stopped.Reason.TOO_MANY_REJECTS, "more than " + limits.maxRejects() + " rejected rows; the load was stopped");
                }
            } else {
                writer.add(values);
                lines.add(loaded, record.line());
                loaded++;
            }
            if ((read & 1023) == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new Stopped(Stopped.Reason.CANCELLED, "cancelled after " + read + " rows");
                }
                if (System.nanoTime() - lastReport > 500_000_000L) {
                    progress.accept(counters(source.bytesRead()));
                    lastReport = System.nanoTime();
                }
            }
        }
        rejects.flush();
        checkRatio();
        return screen == RowScreen.NONE || mode == LoadMode.DELETE ? writer.commit() : writer.commit(staged -> holdBack(screen, staged, rejects));
    }

    private void checkRatio() {
        if (read > 0 && rejected > limits.maxRejectRatio() * read) {
            throw new Stopped(Stopped.Reason.TOO_MANY_REJECTS, rejected + " of " + read + " rows were rejected, more than the allowed "
                    + Math.round(limits.maxRejectRatio() * 100) + "%; nothing was loaded");
        }
    }

    /** Inside the batch's transaction: quarantines the rows the screen names, then applies the limits again. */
    private long[] holdBack(RowScreen screen, io.yudex.data.StagedRows staged, RejectSink rejects) {
        List<RowScreen.Held> held = new java.util.ArrayList<>(screen.screen(staged));
        held.sort(java.util.Comparator.comparingLong(RowScreen.Held::seq));
        long[] seqs = held.stream().mapToLong(RowScreen.Held::seq).distinct().toArray();
        for (RowScreen.Held h : held) {
            rejects.reject(lines.lineOf(h.seq()), h.column(), h.value(), h.reason());
        }
        rejects.flush();
        loaded -= seqs.length;
        rejected += seqs.length;
        if (rejected > limits.maxRejects()) {
            throw new Stopped(Stopped.Reason.TOO_MANY_REJECTS, "more than " + limits.maxRejects() + " rejected rows; nothing was loaded");
        }
        checkRatio();
        return seqs;
    }

    public Counters counters(long bytesRead) {
        return new Counters(read, loaded, rejected, bytesRead);
    }

    /** The row's values in table column order (key columns only for a delete), or null after reporting its problems. */
    private Object[] convert(SourceRecord record, ColumnMapping mapping, RejectSink rejects) {
        if (!record.wellFormed()) {
            rejects.reject(record.line(), null, joined(record.values()), record.problem());
            return null;
        }
        boolean ok = true;
        Object[] row = new Object[target.size()];
        boolean[] failed = new boolean[target.size()];
        List<String> values = record.values();
        int[] columnOf = mapping.columnOf();
        for (int c = 0; c < values.size() && c < columnOf.length; c++) {
            int col = columnOf[c];
            if (col < 0) {
                continue;
            }
            Conversion conversion = ValueConverter.convert(values.get(c), target.type(col));
            if (conversion.failed()) {
                rejects.reject(record.line(), target.name(col), values.get(c), conversion.problem());
                failed[col] = true;
                ok = false;
            } else {
                row[col] = conversion.value();
            }
        }
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null && !failed[i] && target.required(i, mode)) {
                rejects.reject(record.line(), target.name(i), null, "the required item " + target.label(i) + " is empty");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        return mode == LoadMode.DELETE ? keysOf(row) : row;
    }

    private Object[] keysOf(Object[] row) {
        Object[] keys = new Object[keyColumns.length];
        for (int k = 0; k < keyColumns.length; k++) {
            keys[k] = row[keyColumns[k]];
        }
        return keys;
    }

    private static String joined(List<String> values) {
        return values == null ? null : String.join(",", values.stream().map(v -> v == null ? "" : v).toList());
    }
}
