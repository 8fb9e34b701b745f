package io.yudex.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Stages a batch's rows in temporary CSV files that DuckDB reads with its parallel CSV reader (explicit columns, no
 * sniffing). Measured on 1M population rows: DuckDB's JDBC appender staged ≈160k rows/s, this ≈1M rows/s (see
 * yudex-bench's IngestBenchmark), so the appender was the load's bottleneck. Rows arrive in blocks; a background
 * thread encodes each block ({@link StageEncoder}) and appends it to the current file, and hands every file of
 * {@code rowsPerFile} rows (and the last, shorter one) to the {@link FileSink}, in order, so DuckDB can insert one
 * file while the next is being written. A named pipe instead of files was measured slower: DuckDB reads a pipe on
 * one thread.
 */
final class CsvStage implements AutoCloseable {

    /** Receives each finished staging file on the staging thread, in order; may block to hold the stage back. */
    @FunctionalInterface
    interface FileSink {
        void accept(Path file) throws Exception;
    }

    /** Blocks encoded or waiting: enough to ride over a slow write, few enough to keep the heap flat. */
    private static final int DEPTH = 4;

    private final List<Column> columns;
    private final long rowsPerFile;
    private final FileSink sink;
    private final SerialWorker worker = new SerialWorker("yudex-stage", DEPTH);
    private final StageEncoder encoder;
    /** Every file not yet deleted, so closing the stage removes what DuckDB did not get to read. */
    private final Set<Path> files = ConcurrentHashMap.newKeySet();
    private Path file;
    private OutputStream out;
    private long rowsInFile;

    /** @param sketches one per column, fed on the staging thread (see {@link ColumnSketch}), or null */
    CsvStage(List<Column> columns, long rowsPerFile, ColumnSketch[] sketches, FileSink sink) {
        this.columns = columns;
        this.encoder = new StageEncoder(sketches);
        this.rowsPerFile = rowsPerFile;
        this.sink = sink;
    }

    /**
     * Queues {@code count} rows (values already checked against the column types) with the sequence numbers from
     * {@code firstSeq}; the stage owns the array from now on. Blocks while the staging thread is behind.
     */
    void write(Object[][] rows, int count, long firstSeq) {
        worker.submit(() -> encode(rows, count, firstSeq));
    }

    /** Writes what is queued, hands the last file over and waits until the sink has taken it. */
    void finish() {
        worker.submit(this::handOver);
        worker.drain();
    }

    /** The SQL relation that reads a staging file: the columns with their types, then {@code _seq}. */
    String reader(Path staged) {
        String types = columns.stream().map(c -> "'" + c.name().replace("'", "''") + "': '" + DuckDbDataStore.sqlType(c.type()) + "'")
                .collect(Collectors.joining(", "));
        return "read_csv('" + staged.toAbsolutePath().toString().replace("'", "''") + "', header = false, auto_detect = false, "
                + "delim = ',', quote = '\"', escape = '\"', nullstr = '\\N', allow_quoted_nulls = false, columns = {" + types
                + ", '_seq': 'BIGINT'})";
    }

    /** Deletes a file the sink has read. */
    void delete(Path staged) {
        try {
            Files.deleteIfExists(staged);
        } catch (IOException e) {
            // a leftover file in the temp dir holds nothing that is not also in the batch's source
        }
        files.remove(staged);
    }

    @Override
    public void close() {
        worker.close();
        closeFile();
        files.forEach(this::delete);
    }

    private void encode(Object[][] rows, int count, long firstSeq) throws Exception {
        int done = 0;
        while (done < count) {
            if (out == null) {
                open();
            }
            int n = (int) Math.min(count - done, rowsPerFile - rowsInFile);
            encoder.reset();
            for (int i = 0; i < n; i++) {
                encoder.row(rows[done + i], firstSeq + done + i);
            }
            out.write(encoder.bytes(), 0, encoder.length());
            rowsInFile += n;
            done += n;
            if (rowsInFile == rowsPerFile) {
                handOver();
            }
        }
    }

    private void open() throws IOException {
        file = Files.createTempFile("yudex-stage-", ".csv");
        files.add(file);
        out = Files.newOutputStream(file);
        rowsInFile = 0;
    }

    private void handOver() throws Exception {
        if (out == null) {
            return;
        }
        Path done = file;
        out.close();
        out = null;
        sink.accept(done);
    }

    private void closeFile() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the staging file " + file, e);
        } finally {
            out = null;
        }
    }
}
