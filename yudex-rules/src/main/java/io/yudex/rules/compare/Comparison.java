package io.yudex.rules.compare;

import io.yudex.rules.UnknownCheckException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A comparison of two resources (left, right) on a join key, with paired items compared after normalisation. Engine
 * neutral: it names columns, not tables; a compiler turns it into one engine's set-based query. Its map form
 * ({@link #of}, {@link #toMap}) is what is stored and sent.
 *
 * @param leftKey  the key column of the left resource
 * @param rightKey the key column of the right resource
 * @param keyNormalisations applied to both keys before joining (e.g. half-width, trim, upper)
 * @param items    the paired items, at least one, names unique
 */
public record Comparison(String leftKey, String rightKey, List<Normalisation> keyNormalisations, List<Item> items) {

    /** Paired items at most, so the compiled query stays a reasonable size. */
    public static final int MAX_ITEMS = 50;

    /** Which side's department owns a value (the source of truth a conflict is routed to). */
    public enum Side { LEFT, RIGHT }

    /**
     * @param name  a label unique in the comparison (e.g. the left column's name)
     * @param owner the side whose department owns the value
     */
    public record Item(String name, String left, String right, List<Normalisation> normalisations, Side owner) {
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            normalisations = List.copyOf(normalisations);
            owner = owner == null ? Side.LEFT : owner;
        }
    }

    public Comparison {
        Objects.requireNonNull(leftKey, "leftKey");
        Objects.requireNonNull(rightKey, "rightKey");
        keyNormalisations = List.copyOf(keyNormalisations);
        items = List.copyOf(items);
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new UnknownCheckException("A comparison pairs 1 to " + MAX_ITEMS + " items, not " + items.size());
        }
        Set<String> names = new HashSet<>();
        for (Item i : items) {
            if (!names.add(i.name())) {
                throw new UnknownCheckException("Item '" + i.name() + "' is paired twice");
            }
        }
    }

    /**
     * The comparison a map describes: {@code {"leftKey":"sfzhm","rightKey":"sfzhm","keyNormalise":["half-width","upper"],
     * "items":[{"left":"xm","right":"xm","normalise":["trim"],"owner":"left"}]}} ({@code name} defaults to the left column).
     *
     * @throws UnknownCheckException naming the first problem
     */
    public static Comparison of(Map<String, ?> map) {
        String leftKey = text(map, "leftKey");
        String rightKey = text(map, "rightKey");
        List<Item> items = new ArrayList<>();
        if (!(map.get("items") instanceof Collection<?> list)) {
            throw new UnknownCheckException("items: a list of paired items is required");
        }
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new UnknownCheckException("items: each item is an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, ?> item = (Map<String, ?>) m;
            String left = text(item, "left");
            String right = text(item, "right");
            String name = item.get("name") == null ? left : text(item, "name");
            items.add(new Item(name, left, right, normalisations(item.get("normalise")), side(item.get("owner"))));
        }
        return new Comparison(leftKey, rightKey, normalisations(map.get("keyNormalise")), items);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("leftKey", leftKey);
        map.put("rightKey", rightKey);
        map.put("keyNormalise", keyNormalisations.stream().map(Normalisation::spec).toList());
        map.put("items", items.stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", i.name());
            m.put("left", i.left());
            m.put("right", i.right());
            m.put("normalise", i.normalisations().stream().map(Normalisation::spec).toList());
            m.put("owner", i.owner().name().toLowerCase(java.util.Locale.ROOT));
            return (Object) m;
        }).toList());
        return map;
    }

    /** The item of this name. */
    public java.util.Optional<Item> item(String name) {
        return items.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    private static List<Normalisation> normalisations(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Collection<?> c)) {
            throw new UnknownCheckException("normalise: a list such as [\"trim\", \"prefix:6\"]");
        }
        return c.stream().map(x -> Normalisation.of(String.valueOf(x))).toList();
    }

    private static Side side(Object value) {
        if (value == null) {
            return Side.LEFT;
        }
        return switch (String.valueOf(value).toLowerCase(java.util.Locale.ROOT)) {
            case "left" -> Side.LEFT;
            case "right" -> Side.RIGHT;
            default -> throw new UnknownCheckException("owner: left or right, not '" + value + "'");
        };
    }

    private static String text(Map<String, ?> map, String field) {
        Object v = map.get(field);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new UnknownCheckException(field + ": required");
        }
        return s;
    }
}
