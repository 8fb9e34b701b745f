package io.yudex.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a header row: every column needs a name, and a name may appear once, or values would land in the wrong place. */
final class Headers {

    private Headers() {}

    /**
     * The header's names, trimmed (a stray byte order mark counts as blank).
     *
     * @throws SourceFormatException when a name is empty or appears twice
     */
    static List<String> of(List<String> raw, String where) {
        List<String> names = new ArrayList<>(raw.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i) == null ? "" : raw.get(i).replace("\uFEFF", "").strip();
            if (name.isEmpty()) {
                throw new SourceFormatException("column " + (i + 1) + " of the header " + where + " has no name");
            }
            Integer earlier = seen.putIfAbsent(name, i + 1);
            if (earlier != null) {
                throw new SourceFormatException("the header " + where + " names '" + name + "' twice (columns " + earlier
                        + " and " + (i + 1) + ")");
            }
            names.add(name);
        }
        return Collections.unmodifiableList(names);
    }

    static String fieldCountProblem(int fields, int headerSize) {
        return "has " + fields + (fields == 1 ? " field" : " fields") + ", the header has " + headerSize;
    }
}
