package io.yudex.ingest;

import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits between the SAX parser and POI's sheet handler. It keeps the current cell's type and raw {@code <v>} text,
 * which the handler does not pass on, and it reads inline-string cells itself: POI builds an XMLBeans rich-text
 * object for each one, which made sheets written by streaming exporters (all inline strings) several times slower.
 */
final class XlsxCellCapture extends XMLFilterImpl {

    private final SheetContentsHandler contents;
    private final StringBuilder raw = new StringBuilder(32);
    private final StringBuilder inline = new StringBuilder(32);
    private boolean inValue;
    private boolean error;
    private String inlineRef;
    private boolean inInlineCell;
    private boolean inText;
    private boolean inPhonetic;

    XlsxCellCapture(SheetContentsHandler contents) {
        this.contents = contents;
    }

    /** The current cell's {@code <v>} text as written in the file. */
    String raw() {
        return raw.toString();
    }

    /** Whether the current cell is an error cell ({@code t="e"}). */
    boolean isError() {
        return error;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (inInlineCell) {
            startInline(localName);
            return;
        }
        if ("c".equals(localName)) {
            String type = atts.getValue("t");
            error = "e".equals(type);
            raw.setLength(0);
            if ("inlineStr".equals(type)) {
                inInlineCell = true;
                inlineRef = atts.getValue("r");
                inline.setLength(0);
                return;
            }
        } else if ("v".equals(localName)) {
            inValue = true;
            raw.setLength(0);
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inInlineCell) {
            if (inText) {
                inline.append(ch, start, length);
            }
            return;
        }
        if (inValue) {
            raw.append(ch, start, length);
        }
        super.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (inInlineCell) {
            endInline(localName);
            return;
        }
        if ("v".equals(localName)) {
            inValue = false;
        }
        super.endElement(uri, localName, qName);
    }

    private void startInline(String localName) {
        if ("t".equals(localName)) {
            inText = !inPhonetic;
        } else if ("rPh".equals(localName)) {
            inPhonetic = true;
        }
    }

    private void endInline(String localName) {
        switch (localName) {
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                inInlineCell = false;
                contents.cell(inlineRef, XlsxSharedStrings.decode(inline.toString()), null);
            }
            default -> { }
        }
    }
}
