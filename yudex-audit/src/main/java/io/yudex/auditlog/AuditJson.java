package io.yudex.auditlog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes exports, receipts and journal lines as JSON (times as ISO-8601 text). */
public final class AuditJson {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private AuditJson() {}

    public static String line(AuditRecord r) {
        return JSON.writeValueAsString(r);
    }

    public static AuditRecord record(String line) {
        return JSON.readValue(line, AuditRecord.class);
    }

    public static void write(Object value, OutputStream out) {
        JSON.writeValue(out, value);
    }

    public static void write(Object value, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static <T> T read(Path file, Class<T> type) {
        return JSON.readValue(file.toFile(), type);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }
}
