package io.yudex.ingest;

import io.yudex.data.LoadMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which source column feeds which target column: by name (case-insensitive) or by Chinese label.
 *
 * @param columnOf       for each source column, the index of its target column, or -1 when it feeds none
 * @param ignoredColumns source columns that match no target column
 */
public record ColumnMapping(int[] columnOf, List<String> ignoredColumns) {

    /**
     * @throws MappingException when no source column matches, two feed the same target, or a required target has none
     */
    public static ColumnMapping of(List<String> header, LoadTarget target, LoadMode mode) {
        return of(header, target, mode, Map.of());
    }

    /**
     * Maps by name or label, except where {@code overrides} says otherwise.
     *
     * @param overrides source column → data item name or label to feed, or an empty string to ignore the column
     * @throws MappingException when an override names no data item, no source column matches, two feed the same
     *                          target, or a required target has none
     */
    public static ColumnMapping of(List<String> header, LoadTarget target, LoadMode mode, Map<String, String> overrides) {
        int[] columnOf = new int[header.size()];
        List<String> ignored = new ArrayList<>();
        boolean[] fed = new boolean[target.size()];
        for (int c = 0; c < header.size(); c++) {
            columnOf[c] = target(header.get(c), target, overrides);
            if (columnOf[c] < 0) {
                ignored.add(header.get(c));
            } else if (fed[columnOf[c]]) {
                throw new MappingException("two columns feed data item " + target.name(columnOf[c]));
            } else {
                fed[columnOf[c]] = true;
            }
        }
        if (ignored.size() == header.size()) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < Math.min(6, target.size()); i++) {
                expected.add(target.name(i) + "/" + target.label(i));
            }
            throw new MappingException("the header " + header + " matches no data item; expected names or labels such as " + expected);
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            if (!fed[i] && target.required(i, mode)) {
                missing.add(target.name(i) + "/" + target.label(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new MappingException("no column for the required data items " + missing);
        }
        return new ColumnMapping(columnOf, List.copyOf(ignored));
    }

    /** For each source column, the data item name it maps to by name or label, or null: a suggestion to edit. */
    public static List<String> suggest(List<String> header, LoadTarget target) {
        List<String> names = new ArrayList<>(header.size());
        for (String column : header) {
            int i = find(column, target);
            names.add(i < 0 ? null : target.name(i));
        }
        return names;
    }

    private static int target(String column, LoadTarget target, Map<String, String> overrides) {
        String override = overrides.get(column);
        if (override == null) {
            return find(column, target);
        }
        if (override.isBlank()) {
            return -1;
        }
        int i = find(override, target);
        if (i < 0) {
            throw new MappingException("the mapping sends column '" + column + "' to '" + override + "', which is no data item of this resource");
        }
        return i;
    }

    private static int find(String column, LoadTarget target) {
        String c = column.trim();
        for (int i = 0; i < target.size(); i++) {
            if (target.name(i).equals(c.toLowerCase(Locale.ROOT)) || target.label(i).equals(c)) {
                return i;
            }
        }
        return -1;
    }
}
