package io.yudex.ingest.batch;

import io.yudex.platform.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads an edited column mapping sent as a JSON object, e.g. {@code {"身份证号":"sfzhm","备注":""}}. */
public final class ColumnMappingParam {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_COLUMNS = 1000;

    private ColumnMappingParam() {}

    /** The JSON form of a mapping, or null for none. */
    public static String toJson(Map<String, String> mapping) {
        return mapping == null || mapping.isEmpty() ? null : JSON.writeValueAsString(mapping);
    }

    /**
     * @param json the JSON object, or null/blank for none
     * @throws InvalidInputException naming {@code mapping} when it is not an object of strings
     */
    public static Map<String, String> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> m = JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
            if (m == null || m.size() > MAX_COLUMNS || m.values().stream().anyMatch(v -> v == null)) {
                throw InvalidInputException.of("mapping", "must be a JSON object of at most " + MAX_COLUMNS + " source column → data item names");
            }
            return m;
        } catch (JacksonException e) {
            throw InvalidInputException.of("mapping", "must be a JSON object such as {\"身份证号\":\"sfzhm\",\"备注\":\"\"}: " + e.getOriginalMessage());
        }
    }
}
