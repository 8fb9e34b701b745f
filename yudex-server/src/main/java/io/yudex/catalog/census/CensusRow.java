package io.yudex.catalog.census;

import io.yudex.catalog.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * Reads typed values from one data row of a census sheet. A value that cannot be read is reported as a problem
 * against its cell and comes back as null, so one pass collects every problem of the row.
 */
final class CensusRow {

    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0");
    private static final String SEPARATORS = "[,，、;；\\n]";

    private final Row row;
    private final Map<CensusColumn, Integer> columns;
    private final List<CensusProblem> problems;

    CensusRow(Row row, Map<CensusColumn, Integer> columns, List<CensusProblem> problems) {
        this.row = row;
        this.columns = columns;
        this.problems = problems;
    }

    /** The 1-based Excel row number. */
    int number() {
        return row.getRowNum() + 1;
    }

    boolean blank() {
        return columns.keySet().stream().allMatch(c -> text(c) == null);
    }

    /** The trimmed cell text; null when blank or unreadable. Numbers read as written: 101001.0 is "101001". */
    String text(CensusColumn column) {
        Integer index = columns.get(column);
        Cell cell = index == null ? null : row.getCell(index);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A controlled term given by Chinese label, national code or enum name; null when blank or unknown. */
    <E extends Vocabulary> E term(CensusColumn column, Function<String, E> from) {
        String text = text(column);
        return text == null ? null : parse(column, text, from);
    }

    /** Several terms separated by 、 or a comma; unknown ones are reported and left out. */
    <E extends Vocabulary> List<E> terms(CensusColumn column, Function<String, E> from) {
        List<E> found = new ArrayList<>();
        for (String part : list(column)) {
            E term = parse(column, part, from);
            if (term != null) {
                found.add(term);
            }
        }
        return found;
    }

    List<String> list(CensusColumn column) {
        String text = text(column);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(SEPARATORS)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** 是/否, Y/N, true/false; blank is false. */
    boolean yesNo(CensusColumn column) {
        String text = text(column);
        if (text == null || NO.contains(text.toLowerCase())) {
            return false;
        }
        if (YES.contains(text.toLowerCase())) {
            return true;
        }
        problem(column, "must be 是 or 否 (was '" + text + "')");
        return false;
    }

    Integer whole(CensusColumn column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problem(column, "must be a whole number (was '" + text + "')");
            return null;
        }
    }

    void problem(CensusColumn column, String reason) {
        problems.add(new CensusProblem(column.sheet().title(), number(), column.header(), reason));
    }

    private <E extends Vocabulary> E parse(CensusColumn column, String text, Function<String, E> from) {
        try {
            return from.apply(text);
        } catch (IllegalArgumentException e) {
            String allowed = column.terms().stream().map(Vocabulary::zh).collect(Collectors.joining("、"));
            problem(column, "unknown value '" + text + "'; allowed: " + allowed);
            return null;
        }
    }
}
