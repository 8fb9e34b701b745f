package io.yudex.data;

import java.util.List;

/**
 * A batch's rows as staged, seen from inside its still-open transaction: what a {@link BatchGate} may query before
 * the commit. Valid only during {@link BatchGate#holdBack(StagedRows)}.
 */
public interface StagedRows {

    /**
     * A parenthesised SELECT over the staged rows: every staged column under its name and type, and {@code _seq}, the
     * row's 0-based staging index (the order of {@link BatchWriter#add}).
     */
    String relation();

    /** Runs a SELECT inside the batch's transaction; the contract of {@link DataStore#query}. */
    long query(String sql, List<?> params, RowCallback callback);
}
