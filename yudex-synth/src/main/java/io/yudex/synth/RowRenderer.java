package io.yudex.synth;

/** Writes the fields of one dataset's rows. Implementations are immutable and thread-safe. */
interface RowRenderer {

    /**
     * Appends row {@code i}'s fields, comma-separated, without a line terminator. The fields never
     * contain commas, quotes or line breaks.
     *
     * @param kind the row's defect, or null; the renderer applies only the kinds that need its
     *             knowledge of the data ({@code CONFLICTING_*}) and ignores the rest
     */
    void append(long i, DefectKind kind, StringBuilder sb);
}
