package io.yudex.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An export written and audited, waiting to be sent: a temporary file that {@link #close} deletes.
 *
 * @param file     the rows in {@code format} (for XLSX: a Parquet file that {@link XlsxExport} turns into the workbook)
 * @param rows     the number of rows in it
 * @param version  the batch the rows reflect (at least; 0 when the resource has no data yet)
 * @param items    the items exported, in order
 * @param masked   the items whose values are masked or withheld, wholly or for some rows
 * @param grantIds the grants the export drew on
 */
public record ExportFile(Path file, ExportFormat format, String resourceCode, long rows, long version, List<String> items, List<String> masked,
        List<Long> grantIds) implements AutoCloseable {

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
