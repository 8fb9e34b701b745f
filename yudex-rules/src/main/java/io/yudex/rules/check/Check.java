package io.yudex.rules.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One check, as data: a name ({@link #name()}, the {@code "check"} field of its JSON form) and
 * parameters. Definitions are engine-neutral: {@link CheckEvaluator} runs them in Java, and a
 * compiler (see {@code io.yudex.rules.sql}) turns those that SQL can express into SQL.
 * {@link Definitions} converts them to and from plain maps for any JSON library.
 *
 * <p>Value checks pass a null (or blank) value: only {@link Required} fails it, as in SQL.
 */
public sealed interface Check {

    /** The definition's name, e.g. {@code length}. */
    String name();

    /** {@code {"check":"required"}}: not null, not blank. */
    record Required() implements Check {
        public String name() {
            return "required";
        }
    }

    /** {@code {"check":"type","type":"N"}}: parses as the catalog data type (GB/T 21063 letters). */
    record TypeOf(DataType type) implements Check {
        public TypeOf {
            Objects.requireNonNull(type, "type");
        }

        public String name() {
            return "type";
        }
    }

    /** {@code {"check":"length","min":1,"max":18}}: length in Unicode code points; either bound may be null. */
    record Length(Integer min, Integer max) implements Check {
        public Length {
            requireBounds(min, max);
        }

        public String name() {
            return "length";
        }
    }

    /** {@code {"check":"range","min":0,"max":150}}: a number within inclusive bounds; either may be null. */
    record NumericRange(BigDecimal min, BigDecimal max) implements Check {
        public NumericRange {
            requireBounds(min, max);
        }

        public String name() {
            return "range";
        }
    }

    /**
     * {@code {"check":"date-range","from":"1900-01-01","to":"today"}}: an ISO date within inclusive
     * bounds; {@code to} may be {@code today} ({@code notAfterToday}). Either bound may be null.
     */
    record DateRange(LocalDate from, LocalDate to, boolean notAfterToday) implements Check {
        public DateRange {
            requireBounds(from, to);
        }

        public String name() {
            return "date-range";
        }
    }

    /** {@code {"check":"enum","values":["1","2"]}}: one of the listed values, exactly. */
    record Enumeration(List<String> values) implements Check {
        public Enumeration {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("An enumeration needs at least one value");
            }
        }

        public String name() {
            return "enum";
        }
    }

    /** {@code {"check":"code-table","table":"GB/T 2261.1"}}: a code of a named {@link CodeTables code table}. */
    record CodeTable(String table) implements Check {
        public CodeTable {
            Objects.requireNonNull(table, "table");
        }

        public String name() {
            return "code-table";
        }
    }

    /** {@code {"check":"regex","pattern":"[0-9]{6}"}}: the whole value matches (Java and RE2 common syntax). */
    record Regex(String pattern) implements Check {
        public Regex {
            java.util.regex.Pattern.compile(Objects.requireNonNull(pattern, "pattern"));
        }

        public String name() {
            return "regex";
        }
    }

    /** {@code {"check":"identifier","type":"citizen-id"}}: a national identifier, see {@code IdentifierType}. */
    record Identifier(String type) implements Check {
        public Identifier {
            io.yudex.rules.IdentifierType.fromApiName(type).orElseThrow(() ->
                    new io.yudex.rules.UnknownCheckException("Unknown identifier type '" + type + "'"));
        }

        public String name() {
            return "identifier";
        }
    }

    /** {@code {"check":"unique","columns":["sfzhm"]}}: no two rows share these columns' values (rows with a null key are skipped). */
    record Unique(List<String> columns) implements Check {
        public Unique {
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("A uniqueness check needs at least one column");
            }
        }

        public String name() {
            return "unique";
        }
    }

    /**
     * {@code {"check":"id-consistency","id":"sfzhm","birthDate":"csrq","sex":"xb"}}: the birth
     * date and sex inside a citizen ID agree with the birth-date and sex columns (sex as GB/T
     * 2261.1 codes 1/2; either column may be null to skip it).
     */
    record IdConsistency(String id, String birthDate, String sex) implements Check {
        public IdConsistency {
            Objects.requireNonNull(id, "id");
            if (birthDate == null && sex == null) {
                throw new IllegalArgumentException("An ID consistency check needs a birth-date or a sex column");
            }
        }

        public String name() {
            return "id-consistency";
        }
    }

    /** {@code {"check":"reference","resource":"legal-entity","column":"tyshxydm"}}: the value exists in another resource's column. */
    record Reference(String resource, String column) implements Check {
        public Reference {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(column, "column");
        }

        public String name() {
            return "reference";
        }
    }

    /** {@code {"check":"freshness","cycle":"daily"}}: the resource was updated within its update cycle (plus one day's grace). */
    record Freshness(UpdateCycle cycle) implements Check {
        public Freshness {
            Objects.requireNonNull(cycle, "cycle");
        }

        public String name() {
            return "freshness";
        }
    }

    private static <T extends Comparable<T>> void requireBounds(T min, T max) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("Lower bound " + min + " is above upper bound " + max);
        }
    }
}
