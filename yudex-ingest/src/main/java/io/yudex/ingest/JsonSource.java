package io.yudex.ingest;

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
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * A JSON array of flat objects, streamed. The keys of the first object are the header; a record's line is its
 * element number in the array. Broken JSON ends the source, because after a syntax error there is no telling where
 * the next element starts.
 */
final class JsonSource implements RowSource {

    private final CountingInputStream counter;
    private final Charset charset;
    private final JsonParser parser;
    private final JsonObjects objects;
    private SourceRecord pending;
    private long element;
    private boolean done;

    JsonSource(InputStream in, Charset charset) {
        this.counter = new CountingInputStream(in);
        this.charset = charset;
        try {
            this.parser = JsonObjects.FACTORY.createParser(Encodings.reader(counter, charset));
            this.objects = start();
        } catch (IOException e) {
            close();
            throw Encodings.readFailure(e, charset, "at the start");
        } catch (RuntimeException e) {
            close();
            throw e instanceof JacksonException je ? failure(je) : e;
        }
    }

    static JsonSource open(Path file, Charset charset) {
        try {
            return new JsonSource(Files.newInputStream(file), charset);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file, e);
        }
    }

    private JsonObjects start() {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_ARRAY) {
            throw new SourceFormatException("a JSON source must be an array of objects, but it starts with "
                    + describe(token));
        }
        token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            done = true;
            return new JsonObjects(List.of());
        }
        if (token != JsonToken.START_OBJECT) {
            throw new SourceFormatException("element 1 of the JSON array is " + describe(token)
                    + ", not an object, so there is no header");
        }
        JsonObjects.First first = JsonObjects.readFirst(parser);
        element = 1;
        JsonObjects result = new JsonObjects(Headers.of(first.names(), "(the keys of element 1)"));
        pending = new SourceRecord(1, first.values(), first.problem());
        return result;
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
        if (done) {
            return null;
        }
        try {
            return nextElement();
        } catch (JacksonException e) {
            throw failure(e);
        }
    }

    private SourceRecord nextElement() {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
            done = true;
            return null;
        }
        element++;
        if (token == JsonToken.START_OBJECT) {
            return objects.read(parser, element);
        }
        String what = describe(token);
        parser.skipChildren();
        return SourceRecord.malformed(element, List.of(), "element " + element + " is " + what + ", not an object");
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
            counter.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RuntimeException failure(JacksonException e) {
        if (e instanceof JacksonIOException io && io.getCause() instanceof IOException cause) {
            return Encodings.readFailure(cause, charset, "near element " + element);
        }
        TokenStreamLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new SourceFormatException("invalid JSON" + where + ": " + JsonObjects.reason(e), e);
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
