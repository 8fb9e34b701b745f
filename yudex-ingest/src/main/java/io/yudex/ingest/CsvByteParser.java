package io.yudex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The same RFC 4180 tokenizer as {@link CsvParser}, over the file's bytes instead of decoded characters, for the
 * charsets in which a separator, quote or line-break byte is always that character and never part of a multi-byte
 * one: UTF-8, GB18030 and GBK (whose trailing bytes are 0x30–0x39 and 0x40–0xFE). Each field becomes a String
 * straight from its bytes ({@code new String(bytes, charset)}, which takes ASCII and UTF-8 in bulk), so the file is
 * never decoded into an intermediate character buffer: on the ingest benchmark the stream decoder was the largest
 * single cost of parsing. Bytes invalid in the charset raise a {@link CharacterCodingException} on the field that
 * holds them (replacement characters are never stored as data), and a leading byte order mark is skipped, as the
 * character reader does.
 */
final class CsvByteParser implements CsvRecords {

    private static final int SEPARATOR = 0;
    private static final int END_OF_LINE = 1;
    private static final int END_OF_FILE = 2;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] GB18030_BOM = {(byte) 0x84, 0x31, (byte) 0x95, 0x33};

    private final InputStream in;
    private final Charset charset;
    private final byte separator;
    private final int maxFieldChars;
    private final byte[] buf;
    private byte[] field = new byte[256];
    private int fieldLength;
    /** Characters the field's bytes decode to (an upper bound in the GB family), for the length limit. */
    private long fieldChars;
    /** Where the GB-family character counter is inside a multi-byte character. */
    private int multiByte;
    private final boolean utf8;
    private final byte[] single = new byte[1];
    private String[] fields = new String[16];
    private int count;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private long line = 1;
    private long recordLine;
    /** The last line ended with CR, so an LF right after it belongs to the same line break. */
    private boolean skipLf;

    CsvByteParser(InputStream in, Charset charset, char separator, int maxFieldChars, int bufferBytes) {
        if (!supports(charset) || separator >= 0x30) {
            throw new IllegalArgumentException("Cannot tokenize " + charset + " with separator " + separator + " as bytes");
        }
        this.in = in;
        this.charset = charset;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.separator = (byte) separator;
        this.maxFieldChars = maxFieldChars;
        this.buf = new byte[Math.max(bufferBytes, GB18030_BOM.length)];
    }

    /** Whether {@code charset} never uses a byte below 0x30 inside a multi-byte character. */
    static boolean supports(Charset charset) {
        String name = charset.name();
        return charset.equals(StandardCharsets.UTF_8) || name.equals("GB18030") || name.equals("GBK") || name.equals("GB2312")
                || charset.equals(StandardCharsets.US_ASCII);
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
        if (!started) {
            started = true;
            skipBom();
        }
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

    private void skipBom() throws IOException {
        byte[] bom = charset.equals(StandardCharsets.UTF_8) ? UTF8_BOM : charset.name().equals("GB18030") ? GB18030_BOM : null;
        if (bom == null) {
            return;
        }
        // the first fill reads at least as many bytes as a BOM has, unless the file is shorter
        while (limit < bom.length && !eof) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        if (limit >= bom.length && Arrays.equals(buf, 0, bom.length, bom, 0, bom.length)) {
            pos = bom.length;
        }
    }

    private boolean skipEmptyLines() throws IOException {
        while (pos < limit || fill()) {
            byte c = buf[pos];
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
        byte sep = separator;
        while (true) {
            byte[] b = buf;
            for (int i = start; i < limit; i++) {
                byte c = b[i];
                if (c < 0x30 && (c == sep || c == '\n' || c == '\r')) {
                    if (spilled) {
                        append(start, i, line);
                        add(decodeField());
                    } else {
                        add(decode(b, start, i - start));
                    }
                    pos = i + 1;
                    return terminator(c);
                }
            }
            if (!spilled) {
                startField();
                spilled = true;
            }
            append(start, limit, line);
            if (!fill()) {
                add(decodeField());
                return END_OF_FILE;
            }
            start = pos;
        }
    }

    private int readQuoted() throws IOException {
        startField();
        long startLine = line;
        boolean afterCr = false;
        while (true) {
            if (pos >= limit && !fill()) {
                throw new SourceFormatException("line " + startLine
                        + ": a quoted field starts here but its closing quote is missing (the file ends inside it)");
            }
            int i = pos;
            for (; i < limit; i++) {
                byte c = buf[i];
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
                    return afterClosingQuote(startLine);
                }
                appendByte((byte) '"', startLine);
                pos++;
            }
        }
    }

    private boolean isDoubledQuote() throws IOException {
        return (pos < limit || fill()) && buf[pos] == '"';
    }

    private int afterClosingQuote(long startLine) throws IOException {
        while (pos < limit || fill()) {
            byte c = buf[pos++];
            if (c == separator || c == '\n' || c == '\r') {
                add(decodeField());
                return terminator(c);
            }
            appendByte(c, startLine);
        }
        add(decodeField());
        return END_OF_FILE;
    }

    private void add(String value) {
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = value;
    }

    private int terminator(byte c) {
        if (c == separator) {
            return SEPARATOR;
        }
        line++;
        skipLf = c == '\r';
        return END_OF_LINE;
    }

    private String decodeField() throws CharacterCodingException {
        return decode(field, 0, fieldLength);
    }

    /**
     * The field's text. {@code new String} replaces bad bytes with U+FFFD; only a field that then holds U+FFFD (rare:
     * the file really contains that character, or bytes of another charset) is decoded again strictly to tell which.
     */
    private String decode(byte[] bytes, int from, int length) throws CharacterCodingException {
        if (length == 0) {
            return "";
        }
        String s = new String(bytes, from, length, charset);
        if (s.indexOf('\uFFFD') >= 0) {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, length));
        }
        return s;
    }

    /** Collects a field's bytes, refusing it once it holds more than the limit's characters (as {@link CsvParser}). */
    private void append(int start, int end, long fieldLine) {
        int n = end - start;
        countChars(buf, start, end);
        if (fieldChars > maxFieldChars) {
            throw tooLong(fieldLine);
        }
        ensure(n);
        System.arraycopy(buf, start, field, fieldLength, n);
        fieldLength += n;
    }

    private void appendByte(byte b, long fieldLine) {
        countChars(one(b), 0, 1);
        if (fieldChars > maxFieldChars) {
            throw tooLong(fieldLine);
        }
        ensure(1);
        field[fieldLength++] = b;
    }

    private byte[] one(byte b) {
        single[0] = b;
        return single;
    }

    private void startField() {
        fieldLength = 0;
        fieldChars = 0;
        multiByte = 0;
    }

    /**
     * Counts the Java characters the bytes will decode to: in UTF-8 every byte that is not a continuation byte
     * starts one (two for a four-byte sequence); in the GB family a lead byte 0x81–0xFE starts a two-byte character,
     * or a four-byte one when a digit follows it. Invalid sequences are refused later, when the field is decoded.
     */
    private void countChars(byte[] bytes, int from, int to) {
        if (utf8) {
            for (int i = from; i < to; i++) {
                int v = bytes[i] & 0xFF;
                if ((v & 0xC0) != 0x80) {
                    fieldChars += v >= 0xF0 ? 2 : 1;
                }
            }
            return;
        }
        for (int i = from; i < to; i++) {
            int v = bytes[i] & 0xFF;
            switch (multiByte) {
                case 0 -> {
                    if (v >= 0x81 && v <= 0xFE) {
                        multiByte = 1;
                    } else {
                        fieldChars++;
                    }
                }
                case 1 -> {
                    if (v >= 0x30 && v <= 0x39) {
                        multiByte = 2;
                    } else {
                        multiByte = 0;
                        fieldChars++;
                    }
                }
                case 2 -> multiByte = 3;
                default -> {
                    multiByte = 0;
                    fieldChars += 2; // the four-byte forms include the supplementary planes, two chars each
                }
            }
        }
    }

    private void ensure(int more) {
        int needed = fieldLength + more;
        if (needed > field.length) {
            field = Arrays.copyOf(field, Math.max(needed, 2 * field.length));
        }
    }

    private SourceFormatException tooLong(long fieldLine) {
        return new SourceFormatException("line " + fieldLine + ": a field is longer than " + maxFieldChars
                + " characters; a quoted field probably lacks its closing quote");
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        limit = Math.max(n, 0);
        eof = n < 0;
        return !eof;
    }
}
