package io.yudex.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A streaming RFC 4180 tokenizer: a state machine over one large char buffer. Unquoted fields that lie inside the
 * buffer become a String straight from it; only quoted fields and fields cut by a refill go through the reused
 * StringBuilder. Lenient where Excel and WPS are: a quote inside an unquoted field is text, text after a closing
 * quote is appended, and CR, LF and CRLF all end a line.
 */
final class CsvParser implements CsvRecords {

    /** A runaway quoted field would otherwise pull the rest of a multi-GB file into one String. */
    static final int DEFAULT_MAX_FIELD_CHARS = 32 * 1024 * 1024;

    private static final int SEPARATOR = 0;
    private static final int END_OF_LINE = 1;
    private static final int END_OF_FILE = 2;

    private final Reader reader;
    private final char separator;
    private final int maxFieldChars;
    private final char[] buf;
    private final StringBuilder field = new StringBuilder(256);
    private String[] fields = new String[16];
    private int count;
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private long recordLine;
    /** The last line ended with CR, so an LF right after it belongs to the same line break. */
    private boolean skipLf;

    CsvParser(Reader reader, char separator, int maxFieldChars, int bufferChars) {
        this.reader = reader;
        this.separator = separator;
        this.maxFieldChars = maxFieldChars;
        this.buf = new char[bufferChars];
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public long recordLine() {
        return recordLine;
    }

    @Override
    public String[] next() throws IOException {
        if (!skipEmptyLines()) {
            return null;
        }
        recordLine = line;
        count = 0;
        while (readField() == SEPARATOR) {
            // one field per separator; the line or file end finishes the record
        }
        return Arrays.copyOf(fields, count);
    }

    private boolean skipEmptyLines() throws IOException {
        while (pos < limit || fill()) {
            char c = buf[pos];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    pos++;
                    continue;
                }
            }
            if (c != '\n' && c != '\r') {
                return true;
            }
            pos++;
            line++;
            skipLf = c == '\r';
        }
        return false;
    }

    private int readField() throws IOException {
        if (pos >= limit && !fill()) {
            add("");
            return END_OF_FILE;
        }
        if (buf[pos] == '"') {
            pos++;
            return readQuoted();
        }
        return readUnquoted();
    }

    private int readUnquoted() throws IOException {
        int start = pos;
        boolean spilled = false;
        while (true) {
            for (int i = start; i < limit; i++) {
                char c = buf[i];
                if (c == separator || c == '\n' || c == '\r') {
                    add(spilled ? field.append(buf, start, i - start).toString() : string(start, i));
                    pos = i + 1;
                    return terminator(c);
                }
            }
            if (!spilled) {
                field.setLength(0);
                spilled = true;
            }
            append(start, limit, line);
            if (!fill()) {
                add(field.toString());
                return END_OF_FILE;
            }
            start = pos;
        }
    }

    private int readQuoted() throws IOException {
        field.setLength(0);
        long startLine = line;
        boolean afterCr = false;
        while (true) {
            if (pos >= limit && !fill()) {
                throw new SourceFormatException("line " + startLine
                        + ": a quoted field starts here but its closing quote is missing (the file ends inside it)");
            }
            int i = pos;
            for (; i < limit; i++) {
                char c = buf[i];
                if (c == '"') {
                    break;
                }
                // count line breaks inside the value so later records report their own line
                if (c == '\r' || (c == '\n' && !afterCr)) {
                    line++;
                }
                afterCr = c == '\r';
            }
            append(pos, i, startLine);
            pos = i;
            if (i < limit) {
                pos++;
                afterCr = false;
                if (!isDoubledQuote()) {
                    return afterClosingQuote();
                }
                field.append('"');
                pos++;
            }
        }
    }

    private boolean isDoubledQuote() throws IOException {
        return (pos < limit || fill()) && buf[pos] == '"';
    }

    private int afterClosingQuote() throws IOException {
        while (pos < limit || fill()) {
            char c = buf[pos++];
            if (c == separator || c == '\n' || c == '\r') {
                add(field.toString());
                return terminator(c);
            }
            field.append(c);
        }
        add(field.toString());
        return END_OF_FILE;
    }

    private void add(String value) {
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = value;
    }

    private int terminator(char c) {
        if (c == separator) {
            return SEPARATOR;
        }
        line++;
        skipLf = c == '\r';
        return END_OF_LINE;
    }

    private String string(int start, int end) {
        return start == end ? "" : new String(buf, start, end - start);
    }

    private void append(int start, int end, long fieldLine) {
        if (field.length() + (end - start) > maxFieldChars) {
            throw new SourceFormatException("line " + fieldLine + ": a field is longer than " + maxFieldChars
                    + " characters; a quoted field probably lacks its closing quote");
        }
        field.append(buf, start, end - start);
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = reader.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        limit = Math.max(n, 0);
        eof = n < 0;
        return !eof;
    }
}
