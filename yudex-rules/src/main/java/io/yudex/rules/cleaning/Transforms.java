package io.yudex.rules.cleaning;

import io.yudex.rules.UnknownCheckException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies {@link Transform}s and converts them to and from maps. Stateless. */
public final class Transforms {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|(\\d{2})(\\d{2}))");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern PHONE_PREFIX = Pattern.compile("^(?:\\+86|0086)[\\s-]*|^86(?=1\\d{10}$)");

    private Transforms() {
    }

    /** Applies {@code transforms} in order, recording each that changed the value. */
    public static Cleaned clean(List<Transform> transforms, String value) {
        List<Change> changes = new ArrayList<>(0);
        String current = value;
        for (Transform t : transforms) {
            String next = apply(t, current);
            if (!java.util.Objects.equals(next, current)) {
                changes.add(new Change(t instanceof Transform.CodeMap m ? "code-map:" + m.table() : t.name(), current, next));
                current = next;
            }
        }
        return new Cleaned(current, changes);
    }

    /** One transform on one value. */
    public static String apply(Transform transform, String value) {
        if (value == null) {
            return null;
        }
        return switch (transform) {
            case Transform.Trim t -> SPACES.matcher(value.strip()).replaceAll(" ");
            case Transform.HalfWidth h -> halfWidth(value);
            case Transform.IdUpperX x -> value.length() == 18 && value.charAt(17) == 'x' && value.substring(0, 17).chars().allMatch(Character::isDigit)
                    ? value.substring(0, 17) + 'X' : value;
            case Transform.UnifyDate d -> unifyDate(value);
            case Transform.StripPhonePrefix p -> stripPhonePrefix(value);
            case Transform.NullLikes n -> n.tokens().contains(value.strip().toUpperCase(Locale.ROOT)) || n.tokens().contains(value.strip())
                    || value.isBlank() ? null : value;
            case Transform.CodeMap m -> m.mapping().getOrDefault(value.strip(), value);
        };
    }

    /**
     * The transform a map describes: {@code {"transform":"null-likes","tokens":[…]}} (tokens
     * optional), {@code {"transform":"code-map","table":"sex"}} for a shipped mapping or with a
     * {@code "mapping"} object of its own.
     *
     * @throws UnknownCheckException if the name or a parameter is unknown
     */
    public static Transform of(Map<String, ?> map) {
        Object name = map.get("transform");
        return switch (String.valueOf(name)) {
            case "trim" -> new Transform.Trim();
            case "half-width" -> new Transform.HalfWidth();
            case "id-upper-x" -> new Transform.IdUpperX();
            case "unify-date" -> new Transform.UnifyDate();
            case "strip-phone-prefix" -> new Transform.StripPhonePrefix();
            case "null-likes" -> new Transform.NullLikes(map.get("tokens") instanceof Collection<?> c
                    ? c.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet()) : Transform.NullLikes.DEFAULT);
            case "code-map" -> codeMap(map);
            default -> throw new UnknownCheckException("Unknown transform '" + name + "'");
        };
    }

    /** The map form of {@code transform}. */
    public static Map<String, Object> toMap(Transform transform) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("transform", transform.name());
        if (transform instanceof Transform.NullLikes n && !n.tokens().equals(Transform.NullLikes.DEFAULT)) {
            map.put("tokens", List.copyOf(n.tokens()));
        }
        if (transform instanceof Transform.CodeMap m) {
            map.put("table", m.table());
            if (!m.equals(CodeMappings.SEX)) {
                map.put("mapping", m.mapping());
            }
        }
        return map;
    }

    private static Transform.CodeMap codeMap(Map<String, ?> map) {
        String table = String.valueOf(map.get("table"));
        if (map.get("mapping") instanceof Map<?, ?> mapping) {
            Map<String, String> m = new LinkedHashMap<>();
            mapping.forEach((k, v) -> m.put(String.valueOf(k), String.valueOf(v)));
            return new Transform.CodeMap(table, m);
        }
        if (table.equals("sex") || table.equals(CodeMappings.SEX.table())) {
            return CodeMappings.SEX;
        }
        throw new UnknownCheckException("Unknown code mapping '" + table + "'; give a \"mapping\" object or use \"sex\"");
    }

    private static String stripPhonePrefix(String value) {
        String stripped = value.strip();
        String rest = PHONE_PREFIX.matcher(stripped).replaceFirst("");
        return rest.equals(stripped) ? value : rest;
    }

    private static String halfWidth(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char h = c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            if (h != c && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                out.append(h);
            }
        }
        return out == null ? value : out.toString();
    }

    private static String unifyDate(String value) {
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            return value;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return value;
        }
    }
}
