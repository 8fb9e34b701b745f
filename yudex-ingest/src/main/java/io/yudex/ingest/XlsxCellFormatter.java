package io.yudex.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric cell into text for ingest rather than for display: dates become ISO text, and other numbers are
 * the value the cell holds, not the cell's display format (thousands separators, currency, percent, rounding to two
 * places would all lose or add information). The number is taken from the raw {@code <v>} text, because POI hands
 * the formatter a double, which cannot hold an 18-digit identifier.
 */
final class XlsxCellFormatter extends DataFormatter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Excel shows and computes with 15 significant digits; digits beyond that in a fraction are binary noise. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final Supplier<String> rawValue;
    private final boolean date1904;
    // A sheet uses a handful of styles; the date check parses the format string, so remember the last answer.
    private int lastFormatIndex = Integer.MIN_VALUE;
    private String lastFormatString;
    private boolean lastIsDate;

    XlsxCellFormatter(Supplier<String> rawValue, boolean date1904) {
        this.rawValue = rawValue;
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, date1904);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (isDateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return isoDate(value, use1904Windowing);
        }
        return plainNumber(rawValue.get());
    }

    private boolean isDateFormat(int formatIndex, String formatString) {
        if (formatIndex != lastFormatIndex || !formatString.equals(lastFormatString)) {
            lastFormatIndex = formatIndex;
            lastFormatString = formatString;
            lastIsDate = DateUtil.isADateFormat(formatIndex, formatString);
        }
        return lastIsDate;
    }

    /** A date cell as yyyy-MM-dd, yyyy-MM-dd HH:mm:ss, or HH:mm:ss for a time of day without a date. */
    static String isoDate(double value, boolean use1904Windowing) {
        LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing, true);
        if (value < 1) {
            return dateTime.toLocalTime().format(TIME);
        }
        return dateTime.toLocalTime().toSecondOfDay() == 0 ? dateTime.format(DATE) : dateTime.format(DATE_TIME);
    }

    /** "123", "-45", "0": the common case, already in the form plainNumber would produce. */
    private static boolean isCanonicalInteger(String raw) {
        int start = raw.startsWith("-") ? 1 : 0;
        int n = raw.length();
        boolean zeroOrLeadingZero = n > start && raw.charAt(start) == '0' && (n > start + 1 || start == 1);
        if (n == start || zeroOrLeadingZero) {
            return raw.equals("0");
        }
        for (int i = start; i < n; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The number in plain notation: integral values keep every digit and lose a trailing ".0"; fractions are rounded
     * to Excel's 15 significant digits, so 0.1+0.2 reads as 0.3.
     */
    static String plainNumber(String raw) {
        if (isCanonicalInteger(raw)) {
            return raw;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return raw;
        }
        if (number.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.setScale(0).toPlainString();
        }
        return stripped.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }
}
