package io.yudex.exchange;

import io.yudex.data.DataStore;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An export as an XLSX workbook, from the Parquet file {@link DataExport} wrote: a streaming workbook (200 rows in
 * memory, the rest in temporary files), a new sheet every {@link #ROWS_PER_SHEET} rows, each with the header line.
 */
final class XlsxExport {

    /** Excel's 1,048,576 rows a sheet, less the header. */
    static final int ROWS_PER_SHEET = 1_048_575;
    /** Beyond this an export is better read as CSV or Parquet: a workbook of more sheets opens in no spreadsheet program. */
    static final long MAX_ROWS = 10L * ROWS_PER_SHEET;

    private XlsxExport() {}

    static void write(DataStore store, ExportFile export, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            long[] n = {0};
            Sheet[] sheet = {null};
            List<String> items = export.items();
            store.query("SELECT * FROM read_parquet(?)", List.of(export.file().toString()), values -> {
                if (n[0] % ROWS_PER_SHEET == 0) {
                    sheet[0] = wb.createSheet(n[0] == 0 ? "data" : "data " + (n[0] / ROWS_PER_SHEET + 1));
                    Row header = sheet[0].createRow(0);
                    for (int c = 0; c < items.size(); c++) {
                        header.createCell(c).setCellValue(items.get(c));
                    }
                }
                Row row = sheet[0].createRow((int) (n[0] % ROWS_PER_SHEET) + 1);
                for (int c = 0; c < values.length; c++) {
                    set(row.createCell(c), values[c]);
                }
                n[0]++;
            });
            if (n[0] == 0) {
                Row header = wb.createSheet("data").createRow(0);
                for (int c = 0; c < items.size(); c++) {
                    header.createCell(c).setCellValue(items.get(c));
                }
            }
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private static void set(Cell cell, Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case Long l -> cell.setCellValue(l);
            case Double d -> cell.setCellValue(d);
            case BigDecimal d -> cell.setCellValue(d.doubleValue());
            case Boolean b -> cell.setCellValue(b);
            default -> cell.setCellValue(value.toString());
        }
    }
}
