package io.yudex.catalog.census;

/**
 * One thing wrong with an uploaded census file.
 *
 * @param sheet  the sheet name (资源, 信息项); empty when the whole file is at fault
 * @param row    the 1-based Excel row; 0 when the problem concerns the sheet or file, not a row
 * @param column the header text of the column, without the required-marker; empty when not tied to a cell
 * @param reason why the value is refused
 */
public record CensusProblem(String sheet, int row, String column, String reason) {

    static CensusProblem ofFile(String reason) {
        return new CensusProblem("", 0, "", reason);
    }
}
