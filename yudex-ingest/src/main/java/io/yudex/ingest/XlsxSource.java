package io.yudex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The first sheet of an XLSX workbook, streamed: the workbook is never loaded, a background thread parses the sheet
 * XML and at most {@link #QUEUED_CHUNKS} chunks of rows wait in memory. The shared strings table is held in memory,
 * as every cell may refer to any of its entries (up to {@link XlsxSharedStrings#MAX_CHARS}). The first non-empty row
 * is the header.
 */
final class XlsxSource implements RowSource {

    static final int QUEUED_CHUNKS = 4;
    /** The largest uncompressed part accepted: a 1M-row, 30-column sheet is about 1 GB of XML. */
    static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024 * 1024;

    private static final Pattern DATE_1904 = Pattern.compile("date1904\\s*=\\s*[\"'](1|true)[\"']");

    static {
        // Zip bomb guards; POI keeps them JVM-wide, so they are set once here for every workbook Yudex opens.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private final OPCPackage pkg;
    private final BlockingQueue<XlsxSheetReader.Chunk> queue;
    private final XlsxSheetReader reader;
    private final Thread thread;
    private final long fileBytes;
    private final long sheetBytes;
    private final List<String> header;
    private Iterator<XlsxSheetReader.Row> rows = Collections.emptyIterator();
    private boolean last;
    private Throwable failure;
    private long sheetBytesRead;
    private boolean closed;

    private XlsxSource(Path file, OPCPackage pkg, Sheet sheet) {
        this.pkg = pkg;
        this.queue = sheet.queue();
        this.reader = sheet.reader();
        this.sheetBytes = sheet.uncompressedBytes();
        this.fileBytes = size(file);
        this.thread = Thread.ofPlatform().daemon().name("xlsx-" + file.getFileName()).unstarted(reader);
        thread.start();
        try {
            XlsxSheetReader.Row first = nextRow();
            if (first == null) {
                throw new SourceFormatException("the first sheet of the workbook has no header row");
            }
            header = Headers.of(withoutTrailingBlanks(first.cells()), "in row " + first.number());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * @throws SourceFormatException "not a valid XLSX workbook: …" for anything POI cannot read as a workbook
     */
    static XlsxSource open(Path file) {
        OPCPackage pkg = null;
        Sheet sheet;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            sheet = firstSheet(pkg);
        } catch (Exception | LinkageError e) {
            // POI reports a broken workbook through a zoo of checked and unchecked types; they all mean the same
            revert(pkg);
            throw invalid(e);
        }
        return new XlsxSource(file, pkg, sheet);
    }

    private record Sheet(XlsxSheetReader reader, BlockingQueue<XlsxSheetReader.Chunk> queue, long uncompressedBytes) {}

    private static Sheet firstSheet(OPCPackage pkg) throws Exception {
        XSSFReader xssf = new XSSFReader(pkg);
        XlsxSharedStrings strings = XlsxSharedStrings.read(pkg);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) xssf.getSheetIterator();
        if (!sheets.hasNext()) {
            throw new SourceFormatException("not a valid XLSX workbook: it has no sheets");
        }
        InputStream data = sheets.next();
        BlockingQueue<XlsxSheetReader.Chunk> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
        XlsxSheetReader reader = new XlsxSheetReader(data, xssf.getStylesTable(), strings, isDate1904(xssf), queue);
        return new Sheet(reader, queue, sheets.getSheetPart().getSize());
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SourceRecord next() {
        XlsxSheetReader.Row row = nextRow();
        if (row == null) {
            return null;
        }
        List<String> cells = withoutTrailingBlanks(row.cells());
        if (cells.size() > header.size()) {
            return new SourceRecord(row.number(), Collections.unmodifiableList(cells),
                    Headers.fieldCountProblem(cells.size(), header.size()));
        }
        while (cells.size() < header.size()) {
            cells.add(null);
        }
        return new SourceRecord(row.number(), Collections.unmodifiableList(cells), row.problem());
    }

    /** The share of the file that corresponds to the share of the sheet XML parsed so far. */
    @Override
    public long bytesRead() {
        if (last) {
            return fileBytes;
        }
        return sheetBytes <= 0 ? 0 : (long) (fileBytes * Math.min(1.0, (double) sheetBytesRead / sheetBytes));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        reader.cancel();
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        revert(pkg);
    }

    private XlsxSheetReader.Row nextRow() {
        while (!rows.hasNext()) {
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw invalid(failure);
            }
            if (last) {
                return null;
            }
            XlsxSheetReader.Chunk chunk = take();
            rows = chunk.rows().iterator();
            last = chunk.last();
            failure = chunk.failure();
            sheetBytesRead = chunk.sheetBytes();
        }
        return rows.next();
    }

    private XlsxSheetReader.Chunk take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while reading the workbook"));
        }
    }

    /** The cells up to the last one that is not blank, as a new mutable list. */
    private static List<String> withoutTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 0 && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
            end--;
        }
        return new ArrayList<>(cells.subList(0, end));
    }

    /** Dates in a workbook saved with the 1904 date system (old Mac Excel) are 1,462 days off otherwise. */
    private static boolean isDate1904(XSSFReader xssf) throws Exception {
        try (InputStream in = xssf.getWorkbookData()) {
            // workbookPr comes before the sheet list; 64 KB is plenty and bounds what a hostile file can make us read
            String head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            return DATE_1904.matcher(head).find();
        }
    }

    private static SourceFormatException invalid(Throwable e) {
        if (e instanceof SourceFormatException sfe) {
            return sfe;
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new SourceFormatException("not a valid XLSX workbook: " + reason, e);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }
}
