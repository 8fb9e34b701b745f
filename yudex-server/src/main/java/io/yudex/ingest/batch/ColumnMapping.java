package io.yudex.ingest.batch;

import io.yudex.catalog.DataItem;
import io.yudex.data.LoadMode;
import io.yudex.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which source column feeds which data item: by item name (case-insensitive) or by Chinese label. Pure logic.
 *
 * @param itemOfColumn   for each source column, the index of its data item, or -1 when it feeds none
 * @param ignoredColumns source columns that match no data item (reported in the batch message)
 */
record ColumnMapping(int[] itemOfColumn, List<String> ignoredColumns) {

    /**
     * @throws InvalidInputException when no column matches any item, or a required item has no column
     */
    static ColumnMapping of(List<String> header, List<DataItem> items, LoadMode mode) {
        int[] itemOfColumn = new int[header.size()];
        List<String> ignored = new ArrayList<>();
        boolean[] fed = new boolean[items.size()];
        for (int c = 0; c < header.size(); c++) {
            itemOfColumn[c] = find(header.get(c), items);
            if (itemOfColumn[c] < 0) {
                ignored.add(header.get(c));
            } else if (fed[itemOfColumn[c]]) {
                throw InvalidInputException.of("file", "two columns feed data item " + items.get(itemOfColumn[c]).name());
            } else {
                fed[itemOfColumn[c]] = true;
            }
        }
        if (ignored.size() == header.size()) {
            throw InvalidInputException.of("file", "the header " + header + " matches no data item; expected names or labels such as "
                    + items.stream().limit(6).map(i -> i.name() + "/" + i.label()).toList());
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!fed[i] && required(items.get(i), mode)) {
                missing.add(items.get(i).name() + "/" + items.get(i).label());
            }
        }
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("file", "no column for the required data items " + missing);
        }
        return new ColumnMapping(itemOfColumn, List.copyOf(ignored));
    }

    /** A delete names rows by key alone; other loads need every required and key item. */
    static boolean required(DataItem item, LoadMode mode) {
        return mode == LoadMode.DELETE ? item.key() : item.required() || item.key();
    }

    private static int find(String column, List<DataItem> items) {
        String c = column.trim();
        for (int i = 0; i < items.size(); i++) {
            DataItem item = items.get(i);
            if (item.name().toLowerCase(Locale.ROOT).equals(c.toLowerCase(Locale.ROOT)) || item.label().equals(c)) {
                return i;
            }
        }
        return -1;
    }
}
