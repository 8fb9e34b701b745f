package io.yudex.catalog.census;

import static io.yudex.catalog.census.CensusColumn.*;

import io.yudex.catalog.Contact;
import io.yudex.catalog.DataGrade;
import io.yudex.catalog.DataItem;
import io.yudex.catalog.DataType;
import io.yudex.catalog.FormatClass;
import io.yudex.catalog.Library;
import io.yudex.catalog.OpenType;
import io.yudex.catalog.ResourceClass;
import io.yudex.catalog.ResourceCommand;
import io.yudex.catalog.Sensitivity;
import io.yudex.catalog.ShareMode;
import io.yudex.catalog.ShareType;
import io.yudex.catalog.UpdateCycle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the 资源 and 信息项 sheets of an uploaded census workbook into resource commands. Checks the form of the
 * file (sheets, headers, cell types, terms, 序号 links); the catalog's metadata rules are checked by the caller.
 */
final class CensusReader {

    static final int MAX_RESOURCES = 5000;
    static final int MAX_ITEM_ROWS = 100_000;
    static final String EXAMPLE = "示例";
    static final String NOT_XLSX = "file is not a valid XLSX workbook";

    /** What was read; {@code entries} holds only the rows that could be linked to their items. */
    record Parsed(List<CensusEntry> entries, List<CensusProblem> problems) {}

    private record ItemRow(int row, DataItem item) {}

    private final List<CensusProblem> problems = new ArrayList<>();

    private CensusReader() {}

    static Parsed read(byte[] bytes) {
        if (!ZipGuard.acceptable(bytes)) {
            return new Parsed(List.of(), List.of(CensusProblem.ofFile(NOT_XLSX)));
        }
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI reports a corrupt or foreign file through many unchecked types (POIXMLException,
            // NotOfficeXmlFileException, RecordFormatException...); to the user they all mean the same.
            return new Parsed(List.of(), List.of(CensusProblem.ofFile(NOT_XLSX)));
        }
        try (workbook) {
            return new CensusReader().read(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Parsed read(Workbook workbook) {
        Sheet resourceSheet = sheet(workbook, CensusSheet.RESOURCES);
        Sheet itemSheet = sheet(workbook, CensusSheet.ITEMS);
        if (resourceSheet == null || itemSheet == null) {
            return parsed(List.of());
        }
        Map<CensusColumn, Integer> resourceColumns = header(resourceSheet, CensusSheet.RESOURCES);
        Map<CensusColumn, Integer> itemColumns = header(itemSheet, CensusSheet.ITEMS);
        if (!problems.isEmpty()) {
            return parsed(List.of());
        }
        List<CensusRow> resourceRows = dataRows(resourceSheet, resourceColumns, SEQ);
        List<CensusRow> itemRows = dataRows(itemSheet, itemColumns, ITEM_SEQ);
        if (resourceRows.size() > MAX_RESOURCES || itemRows.size() > MAX_ITEM_ROWS) {
            sheetProblem(resourceRows.size() > MAX_RESOURCES ? CensusSheet.RESOURCES : CensusSheet.ITEMS,
                    "too many rows: at most " + MAX_RESOURCES + " resources and " + MAX_ITEM_ROWS + " data items per file");
            return parsed(List.of());
        }
        Map<String, List<ItemRow>> itemsBySeq = items(itemRows);
        List<CensusEntry> entries = resources(resourceRows, itemsBySeq);
        itemsBySeq.forEach((seq, orphans) -> orphans.forEach(o -> problems.add(new CensusProblem(CensusSheet.ITEMS.title(),
                o.row(), ITEM_SEQ.header(), "no resource with 序号 " + seq + " in sheet " + CensusSheet.RESOURCES.title()))));
        return parsed(entries);
    }

    private List<CensusEntry> resources(List<CensusRow> rows, Map<String, List<ItemRow>> itemsBySeq) {
        List<CensusEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CensusRow row : rows) {
            String seq = row.text(SEQ);
            if (seq == null) {
                row.problem(SEQ, "is required; data items refer to their resource by it");
            } else if (!seen.add(seq)) {
                row.problem(SEQ, "duplicate 序号 " + seq + "; every resource needs its own");
            } else {
                List<ItemRow> items = itemsBySeq.getOrDefault(seq, List.of());
                itemsBySeq.remove(seq);
                entries.add(new CensusEntry(row.number(), seq, command(row, items.stream().map(ItemRow::item).toList()),
                        items.stream().map(ItemRow::row).toList()));
            }
        }
        return entries;
    }

    private static ResourceCommand command(CensusRow row, List<DataItem> items) {
        List<ShareMode> modes = row.terms(SHARE_MODES, ShareMode::from);
        return new ResourceCommand(row.text(NAME), row.term(RESOURCE_CLASS, ResourceClass::from), row.term(LIBRARY, Library::from),
                row.text(CLASSIFICATION_CODE), row.text(PROVIDER_CODE), row.text(SUMMARY), row.term(FORMAT_CLASS, FormatClass::from),
                row.text(FORMAT_TYPE), items, row.term(SHARE_TYPE, ShareType::from), row.text(SHARE_CONDITIONS),
                row.text(SHARE_LEGAL_BASIS), modes.isEmpty() ? EnumSet.noneOf(ShareMode.class) : EnumSet.copyOf(modes),
                row.term(OPEN_TYPE, OpenType::from), row.text(OPEN_CONDITIONS), row.term(UPDATE_CYCLE, UpdateCycle::from), null,
                row.list(RELATED_CODES), false, row.term(DATA_GRADE, DataGrade::from), row.whole(DATA_GRADE_LEVEL), row.list(TAGS),
                new Contact(row.text(CONTACT_NAME), row.text(CONTACT_PHONE), row.text(CONTACT_EMAIL)));
    }

    /** Groups the item rows by the 序号 of their resource, in file order. */
    private Map<String, List<ItemRow>> items(List<CensusRow> rows) {
        Map<String, List<ItemRow>> bySeq = new LinkedHashMap<>();
        for (CensusRow row : rows) {
            String seq = row.text(ITEM_SEQ);
            if (seq == null) {
                row.problem(ITEM_SEQ, "is required: the 序号 of the resource in sheet " + CensusSheet.RESOURCES.title());
                continue;
            }
            boolean key = row.yesNo(KEY);
            Sensitivity sensitivity = row.text(SENSITIVITY) == null ? Sensitivity.NONE : row.term(SENSITIVITY, Sensitivity::from);
            DataItem item = new DataItem(row.text(ITEM_NAME), row.text(ITEM_LABEL), row.term(DATA_TYPE, DataType::from),
                    row.whole(LENGTH), row.yesNo(REQUIRED) || key, key, sensitivity);
            bySeq.computeIfAbsent(seq, s -> new ArrayList<>()).add(new ItemRow(row.number(), item));
        }
        return bySeq;
    }

    /** The non-blank rows below the header, without the template's example rows. */
    private List<CensusRow> dataRows(Sheet sheet, Map<CensusColumn, Integer> columns, CensusColumn seq) {
        List<CensusRow> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null) {
                continue;
            }
            CensusRow census = new CensusRow(row, columns, problems);
            if (!census.blank() && !EXAMPLE.equals(census.text(seq))) {
                rows.add(census);
            }
        }
        return rows;
    }

    /** Finds each column by its header text, so reordered or extra columns still read; a required one missing is a problem. */
    private Map<CensusColumn, Integer> header(Sheet sheet, CensusSheet which) {
        Map<CensusColumn, Integer> columns = new EnumMap<>(CensusColumn.class);
        Row header = sheet.getRow(0);
        if (header != null) {
            for (Cell cell : header) {
                String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip().replaceAll("[*＊]$", "").strip() : "";
                CensusColumn.of(which).stream().filter(c -> c.header().equals(text)).findFirst()
                        .ifPresent(c -> columns.putIfAbsent(c, cell.getColumnIndex()));
            }
        }
        for (CensusColumn c : CensusColumn.of(which)) {
            if (c.required() && !columns.containsKey(c)) {
                problems.add(new CensusProblem(which.title(), 1, c.header(), "column is missing from the header row"));
            }
        }
        return columns;
    }

    private Sheet sheet(Workbook workbook, CensusSheet which) {
        Sheet sheet = workbook.getSheet(which.title());
        if (sheet == null) {
            sheetProblem(which, "sheet " + which.title() + " is missing; start from the census template");
        }
        return sheet;
    }

    private void sheetProblem(CensusSheet sheet, String reason) {
        problems.add(new CensusProblem(sheet.title(), 0, "", reason));
    }

    private Parsed parsed(List<CensusEntry> entries) {
        return new Parsed(List.copyOf(entries), List.copyOf(problems));
    }
}
