package io.yudex.ingest;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a source on a background thread, a chunk of records ahead, so that parsing overlaps with converting and
 * staging on the caller's thread (the ingest benchmark's two halves take about as long as each other). Memory stays
 * bounded: at most {@link #DEPTH} chunks of {@link #CHUNK} records wait in the queue.
 */
public final class PrefetchingSource implements RowSource {

    static final int CHUNK = 1024;
    static final int DEPTH = 8;

    /** A chunk of records; an empty one marks the end, a failed one carries the reader's exception. */
    private record Chunk(SourceRecord[] records, int size, RuntimeException failure, long bytesRead) {}

    private final RowSource source;
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(DEPTH);
    private final Thread reader;
    private volatile boolean closed;
    private Chunk current;
    private int next;
    private boolean ended;
    private long bytesRead;

    private PrefetchingSource(RowSource source) {
        this.source = source;
        this.reader = Thread.ofPlatform().daemon().name("yudex-prefetch").start(this::readAll);
    }

    public static RowSource wrap(RowSource source) {
        return new PrefetchingSource(source);
    }

    @Override
    public List<String> header() {
        return source.header();
    }

    @Override
    public SourceRecord next() {
        while (!ended && (current == null || next == current.size())) {
            current = take();
            next = 0;
            bytesRead = current.bytesRead();
            if (current.failure() != null) {
                ended = true;
                throw current.failure();
            }
            if (current.size() == 0) {
                ended = true;
            }
        }
        return ended ? null : current.records()[next++];
    }

    @Override
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }

    private void readAll() {
        try {
            while (!closed) {
                SourceRecord[] records = new SourceRecord[CHUNK];
                int n = 0;
                SourceRecord r = null;
                RuntimeException failure = null;
                try {
                    while (n < CHUNK && (r = source.next()) != null) {
                        records[n++] = r;
                    }
                } catch (RuntimeException e) {
                    failure = e;
                }
                if (n > 0) {
                    queue.put(new Chunk(records, n, null, source.bytesRead()));
                }
                if (failure != null || r == null) {
                    // the records read before a failure are delivered first, then the failure (or the end)
                    queue.put(new Chunk(new SourceRecord[0], 0, failure, source.bytesRead()));
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed by the consumer
        }
    }

    private Chunk take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFormatException("interrupted while reading the source", e);
        }
    }
}
