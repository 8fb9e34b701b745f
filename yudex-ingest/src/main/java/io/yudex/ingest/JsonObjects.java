package io.yudex.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads flat JSON objects into header-aligned raw values, shared by JSON and NDJSON. Values keep their textual form:
 * numbers as written (no float rounding), booleans as "true"/"false", null as null.
 */
final class JsonObjects {

    static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** The first object: its keys in order (the header) and its values. */
    record First(List<String> names, List<String> values, String problem) {}

    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();

    JsonObjects(List<String> header) {
        this.header = header;
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
    }

    /** Reads the object whose START_OBJECT the parser is at, keeping every key in order. */
    static First readFirst(JsonParser p) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        String problem = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            names.add(name);
            if (value.isStructStart()) {
                p.skipChildren();
                problem = problem != null ? problem : notScalar(name);
                values.add(null);
            } else {
                values.add(scalar(p, value));
            }
        }
        return new First(names, Collections.unmodifiableList(values), problem);
    }

    /**
     * Reads the object whose START_OBJECT the parser is at into a record.
     *
     * @throws JacksonException when the JSON is malformed
     */
    SourceRecord read(JsonParser p, long line) {
        String[] values = new String[header.size()];
        boolean[] seen = new boolean[header.size()];
        String problem = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            Integer column = columns.get(name);
            String trouble = null;
            if (column == null) {
                trouble = "unknown field '" + name + "'";
            } else if (value.isStructStart()) {
                trouble = notScalar(name);
            } else if (seen[column]) {
                trouble = "field '" + name + "' appears twice";
            }
            if (value.isStructStart()) {
                p.skipChildren();
            } else if (column != null) {
                values[column] = scalar(p, value);
                seen[column] = true;
            }
            problem = problem != null ? problem : trouble;
        }
        return new SourceRecord(line, Collections.unmodifiableList(Arrays.asList(values)), problem);
    }

    List<String> header() {
        return header;
    }

    private static String scalar(JsonParser p, JsonToken token) {
        return switch (token) {
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> null;
            default -> p.getString();
        };
    }

    private static String notScalar(String name) {
        return "field '" + name + "' is not a scalar (an object or array cannot go into a column)";
    }

    /** Jackson's own sentence without its source excerpt, which would repeat the whole line. */
    static String reason(JacksonException e) {
        String message = e.getOriginalMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
