package io.yudex.ingest;

/**
 * The result of converting one raw value: the typed value (null for an empty cell) or why it cannot be converted.
 *
 * @param value   a String, Long, java.math.BigDecimal, Double, java.time.LocalDate, java.time.LocalDateTime,
 *                Boolean or byte[] as {@link io.yudex.data.BatchWriter#add} takes it
 * @param problem a precise reason naming the expected form, e.g. "'2023-13-01' is not a date (month 13)"; null when
 *                converted
 */
public record Conversion(Object value, String problem) {

    public static Conversion ok(Object value) {
        return new Conversion(value, null);
    }

    public static Conversion failed(String problem) {
        return new Conversion(null, problem);
    }

    public boolean failed() {
        return problem != null;
    }
}
