package io.yudex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.data.ColumnType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueConverterTest {

    private static Object value(String raw, ColumnType type) {
        Conversion c = ValueConverter.convert(raw, type);
        assertThat(c.problem()).as("problem converting '%s' to %s", raw, type).isNull();
        return c.value();
    }

    private static String problem(String raw, ColumnType type) {
        Conversion c = ValueConverter.convert(raw, type);
        assertThat(c.failed()).as("'%s' as %s should fail but gave %s", raw, type, c.value()).isTrue();
        assertThat(c.value()).isNull();
        return c.problem();
    }

    @Nested
    class Blank {

        @ParameterizedTest
        @EnumSource(ColumnType.class)
        void nullEmptyAndWhitespace_areNull_forEveryType(ColumnType type) {
            assertThat(ValueConverter.convert(null, type)).isEqualTo(Conversion.ok(null));
            assertThat(ValueConverter.convert("", type)).isEqualTo(Conversion.ok(null));
            assertThat(ValueConverter.convert(" \t\u3000\u00A0\uFEFF ", type)).isEqualTo(Conversion.ok(null));
        }
    }

    @Nested
    class Varchar {

        @Test
        void keepsText_trimmed() {
            assertThat(value("  杭州市 西湖区\u3000", ColumnType.VARCHAR)).isEqualTo("杭州市 西湖区");
            assertThat(value("abc", ColumnType.VARCHAR)).isEqualTo("abc");
        }
    }

    @Nested
    class Bigint {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "0|0", "42|42", "-42|-42", "+7|7", "1,234|1234", "1,234,567|1234567", "-1,000|-1000",
                "１２３|123", "－１２３|-123", "１，２３４|1234", "9223372036854775807|9223372036854775807",
                "-9223372036854775808|-9223372036854775808", "007|7"})
        void parsesWholeNumbers(String raw, long expected) {
            assertThat(value(raw, ColumnType.BIGINT)).isEqualTo(expected);
        }

        @Test
        void trimsBeforeParsing() {
            assertThat(value(" \u3000 12 ", ColumnType.BIGINT)).isEqualTo(12L);
        }

        @Test
        void rejectsText_namingTheValue() {
            assertThat(problem("12ab", ColumnType.BIGINT)).isEqualTo("'12ab' is not a whole number");
        }

        @Test
        void rejectsDecimals_sayingWhy() {
            assertThat(problem("12.5", ColumnType.BIGINT)).isEqualTo("'12.5' is not a whole number (it has a fractional part)");
            assertThat(problem("12.0", ColumnType.BIGINT))
                    .isEqualTo("'12.0' is not a whole number (write it without a decimal point or exponent)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1,2345", "12,34", ",123", "1,,234", "1,234,5", "-", "+", "1 234", "--1", "1-", "0x10"})
        void rejectsMalformedGroupingAndSigns(String raw) {
            assertThat(problem(raw, ColumnType.BIGINT)).startsWith("'" + raw + "' is not a whole number");
        }

        @Test
        void rejectsOverflow() {
            assertThat(problem("9223372036854775808", ColumnType.BIGINT))
                    .isEqualTo("'9223372036854775808' is too large for a whole number; the limit is ±9223372036854775807");
        }

        @Test
        void rejectsCurrency() {
            assertThat(problem("￥100", ColumnType.BIGINT)).isEqualTo("'￥100' is not a whole number");
        }
    }

    @Nested
    class Decimal {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "1,234.50|1234.50", "-12.5|-12.5", "０.５|0.5", "１，０００．２５|1000.25", "￥1,000.00|1000.00",
                "¥-3.5|-3.5", "-￥3.5|-3.5", "￥ 20|20", ".5|0.5", "5.|5", "1.5E3|1500", "1.234567|1.234567",
                "1.50000000|1.5", "+0.1|0.1"})
        void parsesDecimals_exactly(String raw, String expected) {
            assertThat(value(raw, ColumnType.DECIMAL)).isEqualTo(new BigDecimal(expected));
        }

        @Test
        void keepsScaleAsWritten() {
            assertThat(((BigDecimal) value("1,234.50", ColumnType.DECIMAL)).scale()).isEqualTo(2);
        }

        @Test
        void rejectsMoreThanSixDecimalPlaces() {
            assertThat(problem("1.1234567", ColumnType.DECIMAL)).isEqualTo("'1.1234567' has more than 6 decimal places");
        }

        @Test
        void rejectsMoreThan32IntegerDigits() {
            String big = "1".repeat(33);
            assertThat(problem(big, ColumnType.DECIMAL)).isEqualTo("'" + big + "' has more than 32 digits before the decimal point");
            assertThat(problem("1E+999999999", ColumnType.DECIMAL)).contains("more than 32 digits");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "1.2.3", "1,5", "12%", "￥￥1", "1e", ".", "NaN", "Infinity", "1.5元"})
        void rejectsNonNumbers(String raw) {
            assertThat(problem(raw, ColumnType.DECIMAL)).isEqualTo("'" + raw + "' is not a decimal number");
        }
    }

    @Nested
    class DoubleType {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"3.14|3.14", "-0.5|-0.5", "1,234.5|1234.5", "1e-3|0.001", "１２.５|12.5",
                "￥2.5|2.5"})
        void parsesDoubles(String raw, double expected) {
            assertThat(value(raw, ColumnType.DOUBLE)).isEqualTo(expected);
        }

        @Test
        void isCorrectlyRounded_likeParseDouble() {
            for (String raw : new String[] {"0.30000000000000004", "142.57142857142858", "2.2250738585072011e-308",
                    "9007199254740993", "1.7976931348623157E308", "4.9e-324", "0.1"}) {
                assertThat(value(raw, ColumnType.DOUBLE)).as(raw).isEqualTo(Double.parseDouble(raw));
            }
            assertThat((Double) value("-0.0", ColumnType.DOUBLE)).isEqualTo(-0.0);
        }

        @Test
        void rejectsTextAndOverflow() {
            assertThat(problem("abc", ColumnType.DOUBLE)).isEqualTo("'abc' is not a number");
            assertThat(problem("NaN", ColumnType.DOUBLE)).isEqualTo("'NaN' is not a number");
            assertThat(problem("1e400", ColumnType.DOUBLE)).isEqualTo("'1e400' is out of range for a floating-point number");
            assertThat(problem("1e9999999999", ColumnType.DOUBLE)).endsWith("is out of range for a floating-point number");
        }
    }

    @Nested
    class Date {

        @ParameterizedTest
        @ValueSource(strings = {"2023-01-05", "2023-1-5", "2023/1/5", "2023/01/05", "2023.01.05", "2023年1月5日",
                "2023年01月05日", "2023年1月5号", "20230105", "２０２３－０１－０５", "２０２３年１月５日", " 2023-01-05 ",
                "2023-01-05 00:00:00", "2023/1/5 0:00", "2023-01-05T00:00"})
        void parsesAllAcceptedForms(String raw) {
            assertThat(value(raw, ColumnType.DATE)).isEqualTo(LocalDate.of(2023, 1, 5));
        }

        @Test
        void acceptsLeapDay() {
            assertThat(value("2024-02-29", ColumnType.DATE)).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @Test
        void rejectsImpossibleCalendarDates() {
            assertThat(problem("2023-02-30", ColumnType.DATE)).isEqualTo("'2023-02-30' is not a real date");
            assertThat(problem("2023-02-29", ColumnType.DATE)).isEqualTo("'2023-02-29' is not a real date");
            assertThat(problem("2023-04-31", ColumnType.DATE)).isEqualTo("'2023-04-31' is not a real date");
        }

        @Test
        void namesTheFieldOutOfRange() {
            assertThat(problem("2023-13-01", ColumnType.DATE)).isEqualTo("'2023-13-01' is not a date (month 13)");
            assertThat(problem("2023-00-01", ColumnType.DATE)).isEqualTo("'2023-00-01' is not a date (month 0)");
            assertThat(problem("2023-01-32", ColumnType.DATE)).isEqualTo("'2023-01-32' is not a date (day 32)");
            assertThat(problem("0000-01-01", ColumnType.DATE)).isEqualTo("'0000-01-01' is not a date (year 0)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "2023-01", "23-1-5", "2023-1/5", "2023-001-05", "2023010", "05/01/2023",
                "2023年1月", "2023-01-05x"})
        void rejectsOtherShapes_namingTheAcceptedForms(String raw) {
            assertThat(problem(raw, ColumnType.DATE)).isEqualTo("'" + raw + "' is not a date; expected a date like "
                    + "2023-01-05, 2023/1/5, 2023.01.05, 2023年1月5日 or 20230105");
        }

        @Test
        void rejectsATimeOfDay_ratherThanDroppingIt() {
            assertThat(problem("2023-01-05 08:30", ColumnType.DATE))
                    .isEqualTo("'2023-01-05 08:30' has a time of day; a date column takes only a date like 2023-01-05");
        }
    }

    @Nested
    class Timestamp {

        private static final LocalDateTime AT_0830 = LocalDateTime.of(2023, 1, 5, 8, 30);

        @ParameterizedTest
        @ValueSource(strings = {"2023-01-05 08:30", "2023-01-05 8:30", "2023-01-05 08:30:00", "2023-01-05T08:30:00",
                "2023/1/5 8:30", "2023.01.05 08:30", "2023年1月5日 8时30分", "2023年1月5日8时30分", "2023年1月5日 8点30分",
                "20230105 08:30", "2023-01-05  08:30", "２０２３－０１－０５　０８：３０"})
        void parsesDateAndTimeForms(String raw) {
            assertThat(value(raw, ColumnType.TIMESTAMP)).isEqualTo(AT_0830);
        }

        @Test
        void readsSecondsAndFractions() {
            assertThat(value("2023-01-05 08:30:15", ColumnType.TIMESTAMP)).isEqualTo(AT_0830.withSecond(15));
            assertThat(value("2023年1月5日 8时30分15秒", ColumnType.TIMESTAMP)).isEqualTo(AT_0830.withSecond(15));
            assertThat(value("2023-01-05T08:30:15.123", ColumnType.TIMESTAMP))
                    .isEqualTo(AT_0830.withSecond(15).withNano(123_000_000));
            assertThat(value("2023-01-05T08:30:15.123456789", ColumnType.TIMESTAMP))
                    .isEqualTo(AT_0830.withSecond(15).withNano(123_456_789));
        }

        @Test
        void bareDate_isMidnight() {
            assertThat(value("2023-01-05", ColumnType.TIMESTAMP)).isEqualTo(LocalDateTime.of(2023, 1, 5, 0, 0));
            assertThat(value("2023年1月5日", ColumnType.TIMESTAMP)).isEqualTo(LocalDateTime.of(2023, 1, 5, 0, 0));
        }

        @Test
        void rejectsInvalidTimes_namingTheField() {
            assertThat(problem("2023-01-05 24:00", ColumnType.TIMESTAMP))
                    .isEqualTo("'2023-01-05 24:00' is not a valid time of day (hour 24)");
            assertThat(problem("2023-01-05 08:60", ColumnType.TIMESTAMP))
                    .isEqualTo("'2023-01-05 08:60' is not a valid time of day (minute 60)");
            assertThat(problem("2023-02-30 08:00", ColumnType.TIMESTAMP)).isEqualTo("'2023-02-30 08:00' is not a real date");
        }

        @Test
        void rejectsTimeZones_ratherThanShiftingTheTime() {
            assertThat(problem("2023-01-05T08:30:00Z", ColumnType.TIMESTAMP))
                    .isEqualTo("'2023-01-05T08:30:00Z' has a time zone; expected a local date and time like 2023-01-05 08:30:00");
            assertThat(problem("2023-01-05T08:30:00+08:00", ColumnType.TIMESTAMP)).contains("has a time zone");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2023-01-05 8", "2023-01-05 08:3", "2023-01-05 abc", "2023-01-05T", "08:30",
                "2023-01-05 08:30:00.1234567890"})
        void rejectsOtherShapes(String raw) {
            assertThat(problem(raw, ColumnType.TIMESTAMP)).startsWith("'" + raw + "' is not a date and time; expected");
        }
    }

    @Nested
    class BooleanType {

        @ParameterizedTest
        @ValueSource(strings = {"是", "真", "true", "TRUE", "True", "t", "T", "yes", "YES", "y", "1"})
        void readsTrue(String raw) {
            assertThat(value(raw, ColumnType.BOOLEAN)).isEqualTo(true);
        }

        @ParameterizedTest
        @ValueSource(strings = {"否", "假", "false", "FALSE", "f", "no", "No", "n", "N", "0"})
        void readsFalse(String raw) {
            assertThat(value(raw, ColumnType.BOOLEAN)).isEqualTo(false);
        }

        @Test
        void rejectsOtherWords_listingTheAcceptedOnes() {
            assertThat(problem("maybe", ColumnType.BOOLEAN))
                    .isEqualTo("'maybe' is not a yes/no value; expected 是/否, 真/假, true/false, yes/no, y/n or 1/0");
        }
    }

    @Nested
    class Blob {

        @Test
        void decodesBase64() {
            assertThat((byte[]) value("AQID/w==", ColumnType.BLOB)).containsExactly(1, 2, 3, 255);
            assertThat((byte[]) value("AQID_w==", ColumnType.BLOB)).containsExactly(1, 2, 3, 255);
        }

        @Test
        void rejectsInvalidBase64() {
            assertThat(problem("not base64!", ColumnType.BLOB)).startsWith("'not base64!' is not valid base64");
        }
    }

    @Nested
    class Quoting {

        @Test
        void longValuesAreShortenedInProblems() {
            String raw = "x".repeat(500);
            assertThat(problem(raw, ColumnType.BIGINT)).isEqualTo("'" + "x".repeat(59) + "…' is not a whole number");
        }
    }
}
