package io.yudex.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;

/**
 * The producer half of {@link XlsxSource}: SAX-parses one sheet on its own thread and hands rows over in chunks
 * through a bounded queue, so memory stays flat however long the sheet is. Chunks, rather than single rows, keep
 * the hand-over cost per row small.
 */
final class XlsxSheetReader implements Runnable, SheetContentsHandler {

    /** One non-empty sheet row. {@code cells} holds null for a missing cell; {@code problem} is an error cell. */
    record Row(long number, List<String> cells, String problem) {}

    /**
     * What the queue carries: rows, then one last chunk that is the end or the failure. {@code sheetBytes} is how much
     * of the uncompressed sheet XML had been read, for progress.
     */
    record Chunk(List<Row> rows, boolean last, Throwable failure, long sheetBytes) {}

    static final int CHUNK_ROWS = 1_000;
    /** Excel's own limit (column XFD); a larger reference is a corrupt or hostile file. */
    static final int MAX_COLUMNS = 16_384;

    private final CountingInputStream sheet;
    private final StylesTable styles;
    private final SharedStrings strings;
    private final boolean date1904;
    private final BlockingQueue<Chunk> queue;
    private final XlsxCellCapture capture = new XlsxCellCapture(this);
    private volatile boolean cancelled;

    private List<Row> chunk = new ArrayList<>(CHUNK_ROWS);
    private final List<String> cells = new ArrayList<>();
    private long rowNumber;
    private int nextColumn;
    private String rowProblem;

    XlsxSheetReader(InputStream sheet, StylesTable styles, SharedStrings strings, boolean date1904,
                    BlockingQueue<Chunk> queue) {
        this.sheet = new CountingInputStream(sheet);
        this.styles = styles;
        this.strings = strings;
        this.date1904 = date1904;
        this.queue = queue;
    }

    /** Asks the parse to stop at the next row; the caller also interrupts the thread in case it waits on the queue. */
    void cancel() {
        cancelled = true;
    }

    @Override
    public void run() {
        try (sheet) {
            capture.setParent(XMLHelper.newXMLReader());
            capture.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, this,
                    new XlsxCellFormatter(capture::raw, date1904), false));
            capture.parse(new InputSource(sheet));
            put(new Chunk(chunk, true, null, sheet.count()));
        } catch (Cancelled e) {
            // the consumer closed the source; nobody is waiting for more
        } catch (Throwable e) {
            // everything, Errors included, goes to the consumer: a silently dead thread would leave it waiting forever
            if (!cancelled) {
                putQuietly(new Chunk(chunk, true, e, sheet.count()));
            }
        }
    }

    @Override
    public void startRow(int rowNum) {
        if (cancelled) {
            throw new Cancelled();
        }
        cells.clear();
        rowNumber = rowNum + 1L;
        nextColumn = 0;
        rowProblem = null;
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? nextColumn : column(cellReference);
        nextColumn = column + 1;
        if (formattedValue == null) {
            return;
        }
        if (capture.isError() && rowProblem == null) {
            rowProblem = "cell " + cellReference + " holds the Excel error '" + capture.raw() + "'";
        }
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, formattedValue);
    }

    @Override
    public void endRow(int rowNum) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                chunk.add(new Row(rowNumber, new ArrayList<>(cells), rowProblem));
                break;
            }
        }
        if (chunk.size() >= CHUNK_ROWS) {
            put(new Chunk(chunk, false, null, sheet.count()));
            chunk = new ArrayList<>(CHUNK_ROWS);
        }
    }

    /** The 0-based column of a reference like "AB12". */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > MAX_COLUMNS) {
                throw new IllegalStateException("cell " + reference + " lies beyond Excel's last column XFD");
            }
        }
        if (column == 0) {
            throw new IllegalStateException("cell reference '" + reference + "' names no column");
        }
        return column - 1;
    }

    private void put(Chunk item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Cancelled();
        }
    }

    private void putQuietly(Chunk item) {
        try {
            put(item);
        } catch (Cancelled ignored) {
            // closed while reporting a failure: nobody reads it
        }
    }

    /** Unwinds the SAX parse when the consumer has gone away. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }
}
