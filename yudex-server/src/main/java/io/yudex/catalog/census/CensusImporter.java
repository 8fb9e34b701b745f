package io.yudex.catalog.census;

import io.yudex.catalog.ResourceRules;
import io.yudex.platform.FieldError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an uploaded census workbook into resource commands checked with the catalog's own rules, and points every
 * problem at its sheet, row and column. Applies nothing; no database.
 */
final class CensusImporter {

    /** The entries to register when {@code problems} is empty. */
    record Plan(List<CensusEntry> entries, List<CensusProblem> problems) {}

    private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)](?:\\.(\\w+))?");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]$");
    private static final Comparator<CensusProblem> FILE_ORDER = Comparator
            .comparingInt((CensusProblem p) -> p.sheet().equals(CensusSheet.RESOURCES.title()) ? 0 : 1)
            .thenComparingInt(CensusProblem::row);

    private CensusImporter() {}

    static Plan read(byte[] xlsx) {
        CensusReader.Parsed parsed = CensusReader.read(xlsx);
        List<CensusProblem> problems = new ArrayList<>(parsed.problems());
        if (parsed.entries().isEmpty() && problems.isEmpty()) {
            problems.add(new CensusProblem(CensusSheet.RESOURCES.title(), 0, "",
                    "the file holds no resources; fill one row per resource below the example row"));
        }
        // A cell the reader could not read is already reported; the rule would only repeat "is required".
        Set<String> unreadable = new HashSet<>(problems.stream().map(CensusImporter::cell).toList());
        for (CensusEntry entry : parsed.entries()) {
            for (FieldError error : ResourceRules.check(entry.command())) {
                CensusProblem problem = locate(entry, error.field(), error.message());
                if (!unreadable.contains(cell(problem))) {
                    problems.add(problem);
                }
            }
        }
        problems.addAll(duplicateNames(parsed.entries()));
        problems.sort(FILE_ORDER);
        return new Plan(parsed.entries(), List.copyOf(problems));
    }

    /**
     * Points a catalog field error of {@code entry} at its cell: {@code items[i].x} at the 信息项 row of item i, every
     * other field at the resource's row. A field without a column is reported against 序号, naming the field.
     */
    static CensusProblem locate(CensusEntry entry, String field, String reason) {
        Matcher item = ITEM_FIELD.matcher(field);
        if (item.matches() && Integer.parseInt(item.group(1)) < entry.itemRows().size()) {
            int row = entry.itemRows().get(Integer.parseInt(item.group(1)));
            CensusColumn column = item.group(2) == null ? CensusColumn.ITEM_SEQ
                    : CensusColumn.forField(CensusSheet.ITEMS, item.group(2)).orElse(CensusColumn.ITEM_NAME);
            return new CensusProblem(CensusSheet.ITEMS.title(), row, column.header(), reason);
        }
        String root = INDEX.matcher(field).replaceAll("");
        return CensusColumn.forField(CensusSheet.RESOURCES, root)
                .map(c -> new CensusProblem(CensusSheet.RESOURCES.title(), entry.row(), c.header(), reason))
                .orElseGet(() -> new CensusProblem(CensusSheet.RESOURCES.title(), entry.row(), CensusColumn.SEQ.header(),
                        field + ": " + reason));
    }

    /** Two rows of one provider with the same name would clash in the catalog; say so before touching it. */
    private static List<CensusProblem> duplicateNames(List<CensusEntry> entries) {
        List<CensusProblem> problems = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (CensusEntry entry : entries) {
            String name = entry.command().name();
            if (name == null || name.isBlank()) {
                continue;
            }
            String provider = entry.command().providerCode() == null ? "" : entry.command().providerCode();
            String key = provider + "\u0000" + name.strip();
            Integer first = firstRow.putIfAbsent(key, entry.row());
            if (first != null) {
                problems.add(new CensusProblem(CensusSheet.RESOURCES.title(), entry.row(), CensusColumn.NAME.header(),
                        "duplicate name " + name.strip() + ": row " + first + " has the same name"));
            }
        }
        return problems;
    }

    private static String cell(CensusProblem p) {
        return p.sheet() + "\u0000" + p.row() + "\u0000" + p.column();
    }
}
