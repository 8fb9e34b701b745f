package io.yudex.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings as plain Strings. Used instead of POI's ReadOnlySharedStringsTable, which parses the
 * same way but builds an XMLBeans rich-text object on every lookup (a third of the sheet parse time) and, for a bad
 * index, puts the whole table into the exception message. Phonetic runs ({@code rPh}) are left out, as Excel shows.
 */
final class XlsxSharedStrings extends DefaultHandler implements SharedStrings {

    /** Every cell may refer to any entry, so the table lives in memory; past this it would endanger the server. */
    static final long MAX_CHARS = 128L * 1024 * 1024;

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder(64);
    private long chars;
    private boolean inText;
    private boolean inPhonetic;

    private XlsxSharedStrings() {}

    static XlsxSharedStrings read(OPCPackage pkg) throws Exception {
        XlsxSharedStrings table = new XlsxSharedStrings();
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream in = parts.getFirst().getInputStream()) {
                XMLReader reader = XMLHelper.newXMLReader();
                reader.setContentHandler(table);
                reader.parse(new InputSource(in));
            }
        }
        return table;
    }

    @Override
    public RichTextString getItemAt(int idx) {
        if (idx < 0 || idx >= strings.size()) {
            throw new IllegalArgumentException("a cell refers to shared string " + idx + ", but the table has "
                    + strings.size());
        }
        return new PlainText(strings.get(idx));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            chars += length;
            if (chars > MAX_CHARS) {
                throw new IllegalStateException("its shared strings table holds more than " + MAX_CHARS + " characters");
            }
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> strings.add(decode(text.toString()));
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    /** Characters XML cannot hold are written as _xHHHH_; POI knows how to decode them, and they are rare. */
    static String decode(String s) {
        return s.contains("_x") ? new XSSFRichTextString(s).getString() : s;
    }

    /** What POI's sheet handler needs from a shared string: its text. */
    private record PlainText(String text) implements RichTextString {
        @Override
        public String getString() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw readOnly();
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw readOnly();
        }

        @Override
        public void applyFont(Font font) {
            throw readOnly();
        }

        @Override
        public void clearFormatting() {
            throw readOnly();
        }

        @Override
        public void applyFont(short fontIndex) {
            throw readOnly();
        }

        private static UnsupportedOperationException readOnly() {
            return new UnsupportedOperationException("shared strings are read-only here");
        }
    }
}
