package io.yudex.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Newline-delimited JSON: one flat object per line, blank lines skipped. Each line is parsed on its own, so a broken
 * line becomes a malformed record (holding the line's text) and reading goes on with the next one. The keys of the
 * first object are the header.
 */
final class NdjsonSource implements RowSource {

    private final CountingInputStream counter;
    private final Charset charset;
    private final BufferedReader lines;
    private final JsonObjects objects;
    private final int maxLineChars;
    private SourceRecord pending;
    private long line;

    NdjsonSource(InputStream in, Charset charset) {
        this(in, charset, CsvParser.DEFAULT_MAX_FIELD_CHARS);
    }

    NdjsonSource(InputStream in, Charset charset, int maxLineChars) {
        this.maxLineChars = maxLineChars;
        this.counter = new CountingInputStream(in);
        this.charset = charset;
        try {
            this.lines = new BufferedReader(Encodings.reader(counter, charset), 1 << 16);
            this.objects = start();
        } catch (IOException e) {
            close();
            throw Encodings.readFailure(e, charset, "near line " + line);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    static NdjsonSource open(Path file, Charset charset) {
        try {
            return new NdjsonSource(Files.newInputStream(file), charset);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file, e);
        }
    }

    private JsonObjects start() throws IOException {
        String text = nextLine();
        if (text == null) {
            throw new SourceFormatException("the file has no JSON object to take the header from");
        }
        try (JsonParser p = JsonObjects.FACTORY.createParser(text)) {
            JsonToken token = p.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw new SourceFormatException("line " + line + " is " + JsonSource.describe(token)
                        + ", not a JSON object, so there is no header");
            }
            JsonObjects.First first = JsonObjects.readFirst(p);
            String trailing = trailing(p);
            JsonObjects result = new JsonObjects(Headers.of(first.names(), "(the keys on line " + line + ")"));
            pending = new SourceRecord(line, first.values(), first.problem() != null ? first.problem() : trailing);
            return result;
        } catch (JacksonException e) {
            throw new SourceFormatException("line " + line + " is not valid JSON, so there is no header: "
                    + JsonObjects.reason(e), e);
        }
    }

    @Override
    public List<String> header() {
        return objects.header();
    }

    @Override
    public SourceRecord next() {
        if (pending != null) {
            SourceRecord record = pending;
            pending = null;
            return record;
        }
        String text;
        try {
            text = nextLine();
        } catch (IOException e) {
            throw Encodings.readFailure(e, charset, "near line " + line);
        }
        return text == null ? null : parse(text);
    }

    private SourceRecord parse(String text) {
        try (JsonParser p = JsonObjects.FACTORY.createParser(text)) {
            JsonToken token = p.nextToken();
            if (token != JsonToken.START_OBJECT) {
                return SourceRecord.malformed(line, List.of(text),
                        "line " + line + " is " + JsonSource.describe(token) + ", not a JSON object");
            }
            SourceRecord record = objects.read(p, line);
            String trailing = trailing(p);
            return record.problem() == null && trailing != null
                    ? SourceRecord.malformed(line, record.values(), trailing) : record;
        } catch (JacksonException e) {
            return SourceRecord.malformed(line, List.of(text), "line " + line + " is not valid JSON: "
                    + JsonObjects.reason(e));
        }
    }

    /** Two objects on one line usually mean a lost line break; reading only the first would drop the second. */
    private String trailing(JsonParser p) {
        return p.nextToken() == null ? null : "line " + line + " has more than one JSON value";
    }

    private String nextLine() throws IOException {
        String text;
        do {
            text = readLine();
            if (text == null) {
                return null;
            }
            line++;
        } while (text.isBlank());
        return text;
    }

    /** Like {@link BufferedReader#readLine()}, but a line without end cannot fill the heap. */
    private String readLine() throws IOException {
        StringBuilder sb = null;
        while (true) {
            int c = lines.read();
            if (c < 0) {
                return sb == null ? null : sb.toString();
            }
            if (sb == null) {
                sb = new StringBuilder(256);
            }
            if (c == '\n') {
                int end = sb.length();
                return end > 0 && sb.charAt(end - 1) == '\r' ? sb.substring(0, end - 1) : sb.toString();
            }
            if (sb.length() >= maxLineChars) {
                throw new SourceFormatException("line " + (line + 1) + " is longer than " + maxLineChars
                        + " characters; NDJSON holds one record per line");
            }
            sb.append((char) c);
        }
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() {
        try {
            if (lines != null) {
                lines.close();
            }
            counter.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
