package io.yudex.ingest;

import java.io.IOException;

/** A CSV tokenizer as {@link CsvSource} uses it: records of fields and the lines they came from. Not thread-safe. */
interface CsvRecords {

    /**
     * Reads the next record that is not an empty line.
     *
     * @return the record's fields (a new array the caller owns), or null at the end of the input
     * @throws SourceFormatException when a quoted field runs to the end of the input or a field is too long
     * @throws IOException           when the input cannot be read or is not valid in its charset
     *                               ({@link java.nio.charset.CharacterCodingException})
     */
    String[] next() throws IOException;

    /** The physical line (1-based) the tokenizer has reached. */
    long line();

    /** The physical line (1-based) on which the record last returned by {@link #next} starts. */
    long recordLine();
}
