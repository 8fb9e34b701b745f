package io.yudex.exchange;

import io.yudex.exchange.serving.Filter;
import io.yudex.exchange.serving.ServedColumn;
import io.yudex.exchange.serving.ServingQuery.Sort;
import io.yudex.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A data service query as the consumer wrote it, checked against the items it may use. Syntax (one parameter per item):
 * {@code item=value} or {@code item=eq:value} (equals), {@code item=in:a,b,c} (one of, at most {@value #MAX_IN}),
 * {@code item=range:from,to} (inclusive, either end may be empty), {@code item=prefix:text} (text items);
 * {@code fields=a,b}, {@code sort=item} or {@code sort=item:desc}, {@code limit=1..1000}, {@code cursor=…}.
 *
 * @param binding the query without its cursor and limit, in a canonical form: what a cursor is bound to
 */
record DataQuery(List<String> fields, List<Filter> filters, Sort sort, String cursor, int limit, String binding) {

    static final int MAX_LIMIT = 1000;
    static final int MAX_IN = 100;
    static final int MAX_VALUE = 1000;
    private static final Set<String> RESERVED = Set.of("fields", "limit", "sort", "cursor", "offset");

    /**
     * @param usable the items the caller may use (granted and served), by name, in the resource's order
     * @throws InvalidInputException for an item that is unknown or not granted (the same answer for both), a malformed
     *                               filter, sort, limit or an offset
     */
    static DataQuery parse(Map<String, String> params, Map<String, ServedColumn> usable) {
        List<String> fields = fields(params.get("fields"), usable);
        List<Filter> filters = new ArrayList<>();
        params.forEach((k, v) -> {
            if (!RESERVED.contains(k)) {
                filters.add(filter(checked(k, usable, "filter"), v == null ? "" : v));
            }
        });
        if (params.containsKey("offset")) {
            throw InvalidInputException.of("offset", "pages are read with the cursor each page returns (nextCursor), not an offset");
        }
        Sort sort = sort(params.get("sort"), usable);
        int limit = limit(params.get("limit"));
        Map<String, String> canonical = new TreeMap<>(params);
        canonical.remove("cursor");
        canonical.remove("limit");
        String cursor = params.get("cursor");
        return new DataQuery(fields, List.copyOf(filters), sort, cursor == null || cursor.isBlank() ? null : cursor.strip(), limit,
                canonical.toString());
    }

    private static List<String> fields(String text, Map<String, ServedColumn> usable) {
        if (text == null || text.isBlank()) {
            return List.copyOf(usable.keySet());
        }
        Set<String> out = new LinkedHashSet<>();
        for (String f : text.split(",")) {
            out.add(checked(f.strip(), usable, "fields").name());
        }
        return List.copyOf(out);
    }

    static Filter filter(ServedColumn c, String raw) {
        String field = c.name();
        int colon = raw.indexOf(':');
        String op = colon < 0 ? "" : raw.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? raw : raw.substring(colon + 1);
        if (raw.length() > MAX_VALUE * 2) {
            throw InvalidInputException.of(field, "the filter is too long");
        }
        return switch (op) {
            case "eq" -> new Filter(field, Filter.Op.EQ, List.of(value(c, rest)));
            case "in" -> {
                String[] parts = rest.split(",", -1);
                if (parts.length > MAX_IN) {
                    throw InvalidInputException.of(field, "in: takes at most " + MAX_IN + " values");
                }
                List<Object> values = new ArrayList<>();
                for (String p : parts) {
                    values.add(value(c, p));
                }
                yield new Filter(field, Filter.Op.IN, values);
            }
            case "range" -> {
                String[] ends = rest.split(",", -1);
                if (ends.length != 2 || ends[0].isBlank() && ends[1].isBlank()) {
                    throw InvalidInputException.of(field, "range: takes from,to (either may be empty, not both), e.g. range:18,60");
                }
                List<Object> values = new ArrayList<>();
                values.add(ends[0].isBlank() ? null : value(c, ends[0]));
                values.add(ends[1].isBlank() ? null : value(c, ends[1]));
                yield new Filter(field, Filter.Op.RANGE, values);
            }
            case "prefix" -> {
                if (c.type() != io.yudex.data.ColumnType.VARCHAR || rest.isEmpty()) {
                    throw InvalidInputException.of(field, "prefix: takes some text and applies to text items only");
                }
                yield new Filter(field, Filter.Op.PREFIX, List.of(value(c, rest)));
            }
            // a value that merely contains a colon (a time, say) is a plain equality
            default -> new Filter(field, Filter.Op.EQ, List.of(value(c, raw)));
        };
    }

    private static Object value(ServedColumn c, String text) {
        if (text.length() > MAX_VALUE) {
            throw InvalidInputException.of(c.name(), "a value may have at most " + MAX_VALUE + " characters");
        }
        try {
            return c.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(c.name(), e.getMessage());
        }
    }

    private static Sort sort(String text, Map<String, ServedColumn> usable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split(":", 2);
        String direction = parts.length == 2 ? parts[1].toLowerCase(Locale.ROOT) : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw InvalidInputException.of("sort", "takes item, item:asc or item:desc");
        }
        return new Sort(checked(parts[0], usable, "sort").name(), direction.equals("desc"));
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return 100;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.of("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** The same answer for an item that does not exist and one that is not granted: errors reveal nothing. */
    private static ServedColumn checked(String item, Map<String, ServedColumn> usable, String field) {
        ServedColumn c = usable.get(item);
        if (c == null) {
            throw InvalidInputException.of(field, "'" + abbreviated(item) + "' is not a data item you may use; your grant covers " + usable.keySet());
        }
        return c;
    }

    private static String abbreviated(String item) {
        return item.length() <= 64 ? item : item.substring(0, 64) + "…";
    }

    /** The items a filter or sort reads: only grants covering all of them together decide which rows it may match. */
    Set<String> conditionItems() {
        Set<String> out = new LinkedHashSet<>();
        filters.forEach(f -> out.add(f.item()));
        if (sort != null) {
            out.add(sort.item());
        }
        return out;
    }
}
