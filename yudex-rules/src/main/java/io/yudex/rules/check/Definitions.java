package io.yudex.rules.check;

import io.yudex.rules.UnknownCheckException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts {@link Check}s to and from plain maps ({@code {"check":"length","max":18}}), so any
 * JSON library can store them and the definitions stay free of one. Numbers may arrive as any
 * {@link Number} or as strings; dates as ISO strings.
 */
public final class Definitions {

    private Definitions() {
    }

    /**
     * The check a map describes.
     *
     * @throws UnknownCheckException if the name is unknown or a parameter is missing or malformed
     */
    public static Check check(Map<String, ?> map) {
        String name = string(map, "check", true);
        try {
            return switch (name) {
                case "required" -> new Check.Required();
                case "type" -> new Check.TypeOf(DataType.ofLetter(string(map, "type", true))
                        .orElseThrow(() -> new UnknownCheckException("Unknown data type '" + map.get("type") + "'; expected C N Y D T L M B")));
                case "length" -> new Check.Length(integer(map, "min"), integer(map, "max"));
                case "range" -> new Check.NumericRange(decimal(map, "min"), decimal(map, "max"));
                case "date-range" -> dateRange(map);
                case "enum" -> new Check.Enumeration(strings(map, "values"));
                case "code-table" -> new Check.CodeTable(string(map, "table", true));
                case "regex" -> new Check.Regex(string(map, "pattern", true));
                case "identifier" -> new Check.Identifier(string(map, "type", true));
                case "unique" -> new Check.Unique(strings(map, "columns"));
                case "id-consistency" -> new Check.IdConsistency(string(map, "id", true), string(map, "birthDate", false),
                        string(map, "sex", false));
                case "reference" -> new Check.Reference(string(map, "resource", true), string(map, "column", true));
                case "freshness" -> new Check.Freshness(UpdateCycle.of(string(map, "cycle", true))
                        .orElseThrow(() -> new UnknownCheckException("Unknown update cycle '" + map.get("cycle") + "'")));
                default -> throw new UnknownCheckException("Unknown check '" + name + "'");
            };
        } catch (UnknownCheckException e) {
            throw e;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new UnknownCheckException("Invalid " + name + " check: " + e.getMessage());
        }
    }

    /** The map form of {@code check}: {@code "check"} first, then its non-null parameters. */
    public static Map<String, Object> toMap(Check check) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("check", check.name());
        switch (check) {
            case Check.Required r -> { }
            case Check.TypeOf t -> map.put("type", String.valueOf(t.type().letter()));
            case Check.Length l -> {
                putIfNotNull(map, "min", l.min());
                putIfNotNull(map, "max", l.max());
            }
            case Check.NumericRange r -> {
                putIfNotNull(map, "min", r.min());
                putIfNotNull(map, "max", r.max());
            }
            case Check.DateRange d -> {
                putIfNotNull(map, "from", d.from() == null ? null : d.from().toString());
                putIfNotNull(map, "to", d.notAfterToday() ? "today" : d.to() == null ? null : d.to().toString());
            }
            case Check.Enumeration e -> map.put("values", e.values());
            case Check.CodeTable c -> map.put("table", c.table());
            case Check.Regex r -> map.put("pattern", r.pattern());
            case Check.Identifier i -> map.put("type", i.type());
            case Check.Unique u -> map.put("columns", u.columns());
            case Check.IdConsistency c -> {
                map.put("id", c.id());
                putIfNotNull(map, "birthDate", c.birthDate());
                putIfNotNull(map, "sex", c.sex());
            }
            case Check.Reference r -> {
                map.put("resource", r.resource());
                map.put("column", r.column());
            }
            case Check.Freshness f -> map.put("cycle", f.cycle().apiName());
        }
        return map;
    }

    private static Check.DateRange dateRange(Map<String, ?> map) {
        String from = string(map, "from", false);
        String to = string(map, "to", false);
        boolean today = "today".equals(to);
        return new Check.DateRange(from == null ? null : LocalDate.parse(from), to == null || today ? null : LocalDate.parse(to), today);
    }

    private static void putIfNotNull(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String string(Map<String, ?> map, String key, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                throw new UnknownCheckException("Missing parameter '" + key + "'" + (key.equals("check") ? "" : " of check '" + map.get("check") + "'"));
            }
            return null;
        }
        return value.toString();
    }

    private static Integer integer(Map<String, ?> map, String key) {
        BigDecimal d = decimal(map, key);
        return d == null ? null : d.intValueExact();
    }

    private static BigDecimal decimal(Map<String, ?> map, String key) {
        String s = string(map, key, false);
        return s == null ? null : new BigDecimal(s);
    }

    private static List<String> strings(Map<String, ?> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Collection<?> values)) {
            throw new UnknownCheckException("Parameter '" + key + "' of check '" + map.get("check") + "' must be a list");
        }
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(String.valueOf(v)));
        return out;
    }
}
