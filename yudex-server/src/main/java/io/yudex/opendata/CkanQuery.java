package io.yudex.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates CKAN's {@code package_search} parameters into a catalog search. Pure logic. {@code fq} is read as
 * CKAN clients write it — space-separated {@code field:value} or {@code field:"quoted value"} clauses, optionally
 * with a leading {@code +} — and only the fields below are accepted; values become exact filter terms, never query
 * syntax, so nothing typed into q or fq can change the query's structure.
 *
 * @param text    free text (q), blank for all; {@code *:*} means all
 * @param filters index facet dimension → accepted values
 * @param sort    null for relevance (or newest first without text)
 */
record CkanQuery(String text, Map<String, List<String>> filters, int rows, int start, Sort sort, List<String> facetFields) {

    static final int MAX_ROWS = 1000;
    static final int MAX_START = 100_000;

    /** CKAN field → catalog index dimension. */
    static final Map<String, String> FIELDS = Map.of(
            "organization", "provider",
            "tags", "tags",
            "groups", "baseLibrary",
            "res_format", "format",
            "open_type", "openType",
            "update_cycle", "updateCycle",
            "resource_class", "resourceClass");

    /** A sort the catalog can honour: field is one of score, metadata_modified, name, title. */
    record Sort(String field, boolean ascending) {}

    /** A parameter CKAN would reject: reported as its Validation Error (HTTP 409) naming the field. */
    static final class Invalid extends RuntimeException {
        final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private static final Pattern CLAUSE = Pattern.compile("\\+?([A-Za-z_]+):(\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+))");

    /**
     * @param organisationValue turns a CKAN organization name into the value the index holds (the provider's name)
     * @throws Invalid for a bad number, an unknown fq field, a clause that is not field:value or an unknown sort
     */
    static CkanQuery parse(String q, String fq, String rows, String start, String sort, String facetField,
            UnaryOperator<String> organisationValue, UnaryOperator<String> groupValue) {
        String text = q == null || q.isBlank() || q.strip().equals("*:*") ? "" : q.strip();
        if (text.length() > 500) {
            throw new Invalid("q", "q is longer than 500 characters");
        }
        return new CkanQuery(text, filters(fq, organisationValue, groupValue), number("rows", rows, 10, 0, MAX_ROWS),
                number("start", start, 0, 0, MAX_START), sort(sort), facets(facetField));
    }

    static Map<String, List<String>> filters(String fq, UnaryOperator<String> organisationValue, UnaryOperator<String> groupValue) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (fq == null || fq.isBlank()) {
            return filters;
        }
        if (fq.length() > 1000) {
            throw new Invalid("fq", "fq is longer than 1000 characters");
        }
        Matcher m = CLAUSE.matcher(fq.strip());
        int at = 0;
        String s = fq.strip();
        while (at < s.length()) {
            if (Character.isWhitespace(s.charAt(at))) {
                at++;
                continue;
            }
            if (!m.find(at) || m.start() != at) {
                throw new Invalid("fq", "Cannot read fq at '" + abbreviate(s.substring(at)) + "': write field:value or field:\"value\" with a field of "
                        + FIELDS.keySet().stream().sorted().toList());
            }
            String field = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(3) != null ? m.group(3).replaceAll("\\\\(.)", "$1") : m.group(4);
            String dim = FIELDS.get(field);
            if (dim == null) {
                throw new Invalid("fq", "Cannot filter by '" + field + "'; fields: " + FIELDS.keySet().stream().sorted().toList());
            }
            String indexed = switch (field) {
                case "organization" -> organisationValue.apply(value);
                case "groups" -> groupValue.apply(value);
                case "open_type", "update_cycle", "resource_class", "res_format" -> value.toUpperCase(Locale.ROOT);
                default -> value;
            };
            filters.computeIfAbsent(dim, d -> new ArrayList<>()).add(indexed);
            at = m.end();
        }
        return filters;
    }

    static Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        String[] parts = sort.strip().split(",")[0].strip().split("\\s+");
        String field = parts[0].toLowerCase(Locale.ROOT);
        boolean ascending = parts.length < 2 || parts[1].equalsIgnoreCase("asc");
        if (parts.length > 2 || parts.length == 2 && !parts[1].equalsIgnoreCase("asc") && !parts[1].equalsIgnoreCase("desc")) {
            throw new Invalid("sort", "Cannot read sort '" + abbreviate(sort) + "': write '<field> asc|desc'");
        }
        return switch (field) {
            case "score", "rank" -> null;
            case "metadata_modified", "metadata_created", "name", "title", "title_string" ->
                    new Sort(field.equals("metadata_created") ? "metadata_modified" : field.equals("title_string") ? "title" : field, ascending);
            default -> throw new Invalid("sort", "Cannot sort by '" + abbreviate(field) + "'; sort by score, metadata_modified, name or title");
        };
    }

    /** facet.field as CKAN takes it: a JSON list of field names, e.g. ["organization","tags"]. */
    static List<String> facets(String facetField) {
        if (facetField == null || facetField.isBlank()) {
            return List.of();
        }
        String s = facetField.strip();
        if (!s.startsWith("[") || !s.endsWith("]")) {
            throw new Invalid("facet.field", "facet.field must be a JSON list of field names, e.g. [\"organization\",\"tags\"]");
        }
        List<String> out = new ArrayList<>();
        for (String part : s.substring(1, s.length() - 1).split(",")) {
            String name = part.strip().replaceAll("^\"|\"$", "");
            if (name.isEmpty()) {
                continue;
            }
            if (!FIELDS.containsKey(name)) {
                throw new Invalid("facet.field", "Cannot facet by '" + abbreviate(name) + "'; fields: " + FIELDS.keySet().stream().sorted().toList());
            }
            out.add(name);
        }
        return out;
    }

    static int number(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new Invalid(field, field + " must be between " + min + " and " + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Invalid(field, "Invalid integer: " + abbreviate(value));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
