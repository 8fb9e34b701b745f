package io.yudex.ingest;

import java.util.List;

/**
 * A streaming reader of one source: never holds the whole file in memory.
 * Not thread-safe.
 */
public interface RowSource extends AutoCloseable {

    /** Field names from the source's header (CSV/TSV/XLSX first row, JSON keys of the first object). */
    List<String> header();

    /**
     * The next record, or null at the end.
     *
     * @throws SourceFormatException when the source cannot be read any further (e.g. an unbalanced quote that runs
     *                               to the end of the file, a truncated workbook, invalid JSON); records already
     *                               returned stay valid
     */
    SourceRecord next();

    /** Bytes of the underlying file consumed so far, for progress (an estimate for compressed formats). */
    long bytesRead();

    @Override
    void close();
}
