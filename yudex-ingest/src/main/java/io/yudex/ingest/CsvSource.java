package io.yudex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * CSV or TSV with a header row, tokenized as bytes where the charset allows it ({@link CsvByteParser}: UTF-8 and
 * the GB family), else as decoded characters ({@link CsvParser}: UTF-16). Empty lines and rows whose fields are all empty (Excel exports formatted blank rows
 * as {@code ,,,}) are skipped; a row with a different number of fields than the header is returned as malformed.
 */
final class CsvSource implements RowSource {

    private static final int BUFFER_CHARS = 1 << 16;
    private static final int BUFFER_BYTES = 1 << 16;

    private final CountingInputStream counter;
    private final Charset charset;
    private final CsvRecords parser;
    private final List<String> header;

    CsvSource(InputStream in, Charset charset, char separator, int maxFieldChars) {
        this.counter = new CountingInputStream(in);
        this.charset = charset;
        try {
            this.parser = CsvByteParser.supports(charset) && separator < 0x30
                    ? new CsvByteParser(counter, charset, separator, maxFieldChars, BUFFER_BYTES)
                    : new CsvParser(Encodings.reader(counter, charset), separator, maxFieldChars, BUFFER_CHARS);
            this.header = readHeader();
        } catch (RuntimeException e) {
            close();
            throw e;
        } catch (IOException e) {
            close();
            throw failure(e);
        }
    }

    static CsvSource open(Path file, Charset charset, char separator) {
        try {
            return new CsvSource(Files.newInputStream(file), charset, separator, CsvParser.DEFAULT_MAX_FIELD_CHARS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file, e);
        }
    }

    private List<String> readHeader() throws IOException {
        String[] fields = nextNonEmpty();
        if (fields == null) {
            throw new SourceFormatException("the file has no header row");
        }
        return Headers.of(Arrays.asList(fields), "on line " + parser.recordLine());
    }

    private String[] nextNonEmpty() throws IOException {
        String[] fields;
        do {
            fields = parser.next();
        } while (fields != null && allEmpty(fields));
        return fields;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SourceRecord next() {
        String[] fields;
        try {
            fields = nextNonEmpty();
        } catch (IOException e) {
            throw failure(e);
        }
        if (fields == null) {
            return null;
        }
        String problem = fields.length == header.size() ? null : Headers.fieldCountProblem(fields.length, header.size());
        return new SourceRecord(parser.recordLine(), Collections.unmodifiableList(Arrays.asList(fields)), problem);
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() {
        try {
            counter.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean allEmpty(String[] fields) {
        for (String f : fields) {
            if (!f.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private RuntimeException failure(IOException e) {
        return Encodings.readFailure(e, charset, "near line " + (parser == null ? 1 : parser.line()));
    }
}
