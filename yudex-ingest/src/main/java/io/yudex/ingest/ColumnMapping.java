package io.yudex.ingest;

import io.yudex.data.LoadMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        int[] columnOf = new int[header.size()];
        List<String> ignored = new ArrayList<>();
        boolean[] fed = new boolean[target.size()];
        for (int c = 0; c < header.size(); c++) {
            columnOf[c] = find(header.get(c), target);
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
