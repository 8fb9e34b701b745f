package io.yudex.ingest;

import io.yudex.data.StagedRows;
import java.util.List;

/**
 * Rules that keep rows out of a batch before it commits (the quarantine of error-severity rules): it looks at the
 * staged rows inside the batch's transaction and names each row to hold back with every reason. The loader writes
 * them to the reject sink with their source lines and counts them as rejected.
 */
@FunctionalInterface
public interface RowScreen {

    /** Holds nothing back. */
    RowScreen NONE = rows -> List.of();

    /** One reason to hold back the staged row {@code seq} (its 0-based staging index). */
    record Held(long seq, String column, String value, String reason) {}

    /** Every reason of every row to hold back; a row may appear several times. */
    List<Held> screen(StagedRows rows);
}
