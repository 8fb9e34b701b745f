package io.yudex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Opens a source file as a {@link RowSource}, telling its format and charset when the caller does not know them. */
public final class Sources {

    /** How much of a file {@link #detect} and the binary check look at. */
    public static final int HEAD_BYTES = 8 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private Sources() {}

    /**
     * Opens {@code file} for streaming.
     *
     * @param format  the file's format, or null to {@link #detect} it from the name and first bytes
     * @param charset the charset of a text format, or null to {@link Encodings#detect} it; ignored for XLSX
     * @return an open source; the caller closes it
     * @throws SourceFormatException when the file is empty, binary where text is expected, an old .xls workbook, or
     *                               its header is unusable
     * @throws UncheckedIOException  when the file cannot be read
     */
    public static RowSource open(Path file, SourceFormat format, Charset charset) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new SourceFormatException("the file is empty");
        }
        SourceFormat actual = format != null ? format : detect(String.valueOf(file.getFileName()), head);
        rejectBinary(actual, head);
        if (actual == SourceFormat.XLSX) {
            return XlsxSource.open(file);
        }
        Charset cs = charset != null ? charset : Encodings.detect(file);
        return switch (actual) {
            case CSV -> CsvSource.open(file, cs, ',');
            case TSV -> CsvSource.open(file, cs, '\t');
            case JSON -> JsonSource.open(file, cs);
            case NDJSON -> NdjsonSource.open(file, cs);
            case XLSX -> throw new IllegalStateException("XLSX is opened above");
        };
    }

    /**
     * Tells a file's format from its extension ({@code .csv .tsv .txt .xlsx .json .ndjson .jsonl}) or, failing
     * that, from its first bytes: a zip archive is XLSX, {@code [} starts JSON, <code>{</code> starts NDJSON, a tab
     * in the first line means TSV, anything else is CSV. A {@code .txt} file is TSV when its first line has a tab
     * (Excel's "Text (Tab delimited)"), else CSV.
     *
     * @param fileName the name as sent, for its extension; may be null
     * @param head     the file's first bytes (up to {@link #HEAD_BYTES})
     * @throws SourceFormatException for an old Excel 97-2003 workbook or binary content
     */
    public static SourceFormat detect(String fileName, byte[] head) {
        String ext = extension(fileName);
        SourceFormat format = switch (ext) {
            case "csv" -> SourceFormat.CSV;
            case "tsv", "tab" -> SourceFormat.TSV;
            case "txt" -> firstLineHasTab(head) ? SourceFormat.TSV : SourceFormat.CSV;
            case "xlsx", "xlsm" -> SourceFormat.XLSX;
            case "json" -> SourceFormat.JSON;
            case "ndjson", "jsonl" -> SourceFormat.NDJSON;
            case "xls" -> misnamedXls(head);
            default -> byContent(head);
        };
        rejectBinary(format, head);
        return format;
    }

    /** Some systems export a web page or text as ".xls"; only a renamed .xlsx is readable as a workbook. */
    private static SourceFormat misnamedXls(byte[] head) {
        if (startsWith(head, OLE2)) {
            throw oldWorkbook();
        }
        if (startsWith(head, ZIP)) {
            return SourceFormat.XLSX;
        }
        throw new SourceFormatException("the file is named .xls but is not an Excel workbook (perhaps a web page or "
                + "text saved as .xls); save it in Excel as .xlsx or CSV UTF-8");
    }

    private static SourceFormat byContent(byte[] head) {
        if (startsWith(head, OLE2)) {
            throw oldWorkbook();
        }
        if (startsWith(head, ZIP)) {
            return SourceFormat.XLSX;
        }
        int first = firstSignificantByte(head);
        if (first == '[') {
            return SourceFormat.JSON;
        }
        if (first == '{') {
            return SourceFormat.NDJSON;
        }
        return firstLineHasTab(head) ? SourceFormat.TSV : SourceFormat.CSV;
    }

    /**
     * Refuses content that cannot be the given format, before a parser turns it into nonsense rows.
     *
     * @throws SourceFormatException naming what the bytes look like instead
     */
    static void rejectBinary(SourceFormat format, byte[] head) {
        if (startsWith(head, OLE2)) {
            throw oldWorkbook();
        }
        if (format == SourceFormat.XLSX) {
            if (!startsWith(head, ZIP)) {
                throw new SourceFormatException("not a valid XLSX workbook: the file is not a zip archive");
            }
            return;
        }
        if (startsWith(head, ZIP)) {
            throw new SourceFormatException("the file is a zip archive (perhaps an .xlsx workbook), not " + format + " text");
        }
        Charset bom = Encodings.byBom(head);
        boolean utf16 = bom != null && bom.name().startsWith("UTF-16");
        int nul = utf16 ? -1 : indexOf(head, (byte) 0);
        if (nul >= 0) {
            throw new SourceFormatException("the file is binary, not " + format + " text (a NUL byte at offset " + nul + ")");
        }
    }

    private static SourceFormatException oldWorkbook() {
        return new SourceFormatException("the file is an Excel 97-2003 (.xls) or password-protected workbook; "
                + "save it in Excel as .xlsx without a password, or as CSV UTF-8");
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Scans bytes: in UTF-8 and GBK a tab or line break byte is always that character. UTF-16 is decoded first,
     * because there 0x0D is half of many Chinese characters.
     */
    private static boolean firstLineHasTab(byte[] head) {
        Charset bom = Encodings.byBom(head);
        if (bom != null && bom != StandardCharsets.UTF_8) {
            String text = new String(head, bom);
            int tab = text.indexOf('\t');
            int end = text.indexOf('\n');
            return tab >= 0 && (end < 0 || tab < end);
        }
        for (byte b : head) {
            if (b == '\t') {
                return true;
            }
            if (b == '\n' || b == '\r') {
                return false;
            }
        }
        return false;
    }

    /** The first byte after a UTF-8 byte order mark and whitespace, or -1. */
    private static int firstSignificantByte(byte[] head) {
        int i = Encodings.byBom(head) == StandardCharsets.UTF_8 ? 3 : 0;
        for (; i < head.length; i++) {
            if (!Character.isWhitespace(head[i])) {
                return head[i];
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
