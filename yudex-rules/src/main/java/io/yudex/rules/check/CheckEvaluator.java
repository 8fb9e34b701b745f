package io.yudex.rules.check;

import io.yudex.rules.IdentifierChecks;
import io.yudex.rules.Reason;
import io.yudex.rules.Severity;
import io.yudex.rules.UnknownCheckException;
import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.standards.identifier.Sex;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Runs {@link Check}s in Java: value checks on one value, {@link Check.IdConsistency} on a row,
 * {@link Check.Unique} over a column, {@link Check.Freshness} on a resource's last update.
 * Reasons carry {@link Severity#ERROR}; a {@link Rule}'s severity may lower them. Thread-safe.
 */
public final class CheckEvaluator {

    private static final Set<String> LOGICAL = Set.of("true", "false", "1", "0", "是", "否", "T", "F", "Y", "N");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");

    private final IdentifierChecks identifiers;
    private final CodeTables codeTables;
    private final ReferenceLookup references;
    private final Clock clock;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    public CheckEvaluator(IdentifierChecks identifiers, CodeTables codeTables, ReferenceLookup references, Clock clock) {
        this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
        this.codeTables = Objects.requireNonNull(codeTables, "codeTables");
        this.references = Objects.requireNonNull(references, "references");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Every reason {@code value} fails a value check; empty if it passes. Null or blank passes
     * every check but {@link Check.Required}.
     *
     * @throws UnknownCheckException for checks that need a row, a column or a resource
     */
    public List<Reason> checkValue(Check check, String value) {
        boolean absent = value == null || value.isBlank();
        if (check instanceof Check.Required) {
            return absent ? List.of(Reason.error("REQUIRED", "a value is required")) : List.of();
        }
        if (absent) {
            return List.of();
        }
        return switch (check) {
            case Check.TypeOf t -> fail(!hasType(t.type(), value), "TYPE", "not a value of data type " + t.type().letter() + " (" + t.type() + ")");
            case Check.Length l -> length(l, value);
            case Check.NumericRange r -> range(r, value);
            case Check.DateRange d -> dateRange(d, value);
            case Check.Enumeration e -> fail(!e.values().contains(value), "ENUM", "not one of the " + e.values().size() + " allowed values");
            case Check.CodeTable c -> fail(!codeTable(c).containsKey(value), "CODE_TABLE", "not a code of " + c.table());
            case Check.Regex r -> fail(!pattern(r.pattern()).matcher(value).matches(), "REGEX", "does not match " + r.pattern());
            case Check.Identifier i -> identifiers.check(i.type(), value).reasons();
            case Check.Reference r -> fail(!references.exists(r.resource(), r.column(), value), "REFERENCE",
                    "not found in " + r.resource() + "." + r.column());
            case Check.Required r -> List.of();
            case Check.Unique u -> throw new UnknownCheckException("A unique check runs over a column: use checkUnique");
            case Check.IdConsistency c -> throw new UnknownCheckException("An id-consistency check runs on a row: use checkRow");
            case Check.Freshness f -> throw new UnknownCheckException("A freshness check runs on a resource: use checkFreshness");
        };
    }

    /**
     * Every reason the row fails {@code check}: {@link Check.IdConsistency} reads its own columns, a
     * value check reads {@code column}.
     */
    public List<Reason> checkRow(Check check, String column, Map<String, String> row) {
        if (check instanceof Check.IdConsistency c) {
            return idConsistency(c, row);
        }
        return checkValue(check, column == null ? null : row.get(column));
    }

    /**
     * For each row index whose key repeats an earlier row's, the reason (the first occurrence
     * passes). Rows with any null or blank key column are skipped.
     */
    public Map<Integer, Reason> checkUnique(Check.Unique unique, List<Map<String, String>> rows) {
        Map<List<String>, Integer> first = new HashMap<>();
        Map<Integer, Reason> duplicates = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> key = new ArrayList<>(unique.columns().size());
            for (String column : unique.columns()) {
                key.add(rows.get(i).get(column));
            }
            if (key.stream().anyMatch(k -> k == null || k.isBlank())) {
                continue;
            }
            Integer earlier = first.putIfAbsent(key, i);
            if (earlier != null) {
                duplicates.put(i, Reason.error("UNIQUE", "key " + unique.columns() + " repeats row " + (earlier + 1)));
            }
        }
        return duplicates;
    }

    /** The reason a resource last updated at {@code lastUpdated} (null: never) is stale, or empty. */
    public Optional<Reason> checkFreshness(Check.Freshness freshness, Instant lastUpdated, ZoneId zone) {
        if (lastUpdated == null) {
            return Optional.of(Reason.error("FRESHNESS", "never updated; update cycle is " + freshness.cycle().chineseName()));
        }
        LocalDate updated = LocalDate.ofInstant(lastUpdated, zone);
        LocalDate due = updated.plus(freshness.cycle().period()).plusDays(1);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return today.isAfter(due)
                ? Optional.of(Reason.error("FRESHNESS", "last updated " + updated + ", due by " + due + " under cycle "
                + freshness.cycle().chineseName()))
                : Optional.empty();
    }

    /** {@code reasons} with every error lowered to {@code severity} (a warning rule never quarantines). */
    public static List<Reason> withSeverity(List<Reason> reasons, Severity severity) {
        if (severity == Severity.ERROR) {
            return reasons;
        }
        return reasons.stream().map(r -> new Reason(r.code(), Severity.WARNING, r.message())).toList();
    }

    private List<Reason> idConsistency(Check.IdConsistency c, Map<String, String> row) {
        String raw = row.get(c.id());
        Optional<CitizenIdNumber> id = Optional.ofNullable(raw).flatMap(r -> {
            var verdict = identifiers.check(io.yudex.rules.IdentifierType.CITIZEN_ID, r);
            return verdict.valid() ? CitizenIdNumber.tryParse(verdict.normalized()) : Optional.empty();
        });
        if (id.isEmpty()) {
            return List.of(); // an invalid ID is the identifier check's reason, not this one's
        }
        List<Reason> reasons = new ArrayList<>();
        String birth = c.birthDate() == null ? null : row.get(c.birthDate());
        if (birth != null && !birth.isBlank()) {
            Optional<LocalDate> date = isoDate(birth.strip());
            if (date.isEmpty() || !date.get().equals(id.get().birthDate())) {
                reasons.add(Reason.error("ID_BIRTH_DATE", c.birthDate() + " does not agree with the birth date in " + c.id()));
            }
        }
        String sex = c.sex() == null ? null : row.get(c.sex());
        if (sex != null && !sex.isBlank()) {
            String expected = id.get().sex() == Sex.MALE ? "1" : "2";
            if (!expected.equals(sex.strip())) {
                reasons.add(Reason.error("ID_SEX", c.sex() + " does not agree with the sex in " + c.id()
                        + " (GB/T 2261.1 code " + expected + " expected)"));
            }
        }
        return reasons;
    }

    private List<Reason> length(Check.Length l, String value) {
        int n = value.codePointCount(0, value.length());
        if (l.min() != null && n < l.min()) {
            return List.of(Reason.error("LENGTH", "length " + n + " is below the minimum " + l.min()));
        }
        if (l.max() != null && n > l.max()) {
            return List.of(Reason.error("LENGTH", "length " + n + " is above the maximum " + l.max()));
        }
        return List.of();
    }

    private List<Reason> range(Check.NumericRange r, String value) {
        Optional<BigDecimal> number = number(value);
        if (number.isEmpty()) {
            return List.of(Reason.error("RANGE", "not a number"));
        }
        BigDecimal n = number.get();
        boolean inside = (r.min() == null || n.compareTo(r.min()) >= 0) && (r.max() == null || n.compareTo(r.max()) <= 0);
        return fail(!inside, "RANGE", "outside [" + (r.min() == null ? "" : r.min()) + ", " + (r.max() == null ? "" : r.max()) + "]");
    }

    private List<Reason> dateRange(Check.DateRange d, String value) {
        Optional<LocalDate> date = isoDate(value.strip());
        if (date.isEmpty()) {
            return List.of(Reason.error("DATE_RANGE", "not a date (expected YYYY-MM-DD)"));
        }
        LocalDate upper = d.notAfterToday() ? LocalDate.now(clock) : d.to();
        boolean inside = (d.from() == null || !date.get().isBefore(d.from())) && (upper == null || !date.get().isAfter(upper));
        return fail(!inside, "DATE_RANGE", date.get() + " is outside [" + (d.from() == null ? "" : d.from()) + ", "
                + (upper == null ? "" : upper) + "]");
    }

    private Map<String, String> codeTable(Check.CodeTable c) {
        return codeTables.table(c.table()).orElseThrow(() -> new UnknownCheckException("Unknown code table '" + c.table() + "'"));
    }

    private Pattern pattern(String regex) {
        return patterns.computeIfAbsent(regex, Pattern::compile);
    }

    static boolean hasType(DataType type, String value) {
        String v = value.strip();
        return switch (type) {
            case CHARACTER, MEMO, BINARY -> true;
            case NUMBER -> number(v).isPresent();
            case MONEY -> number(v).filter(n -> n.scale() <= 2).isPresent();
            case DATE -> isoDate(v).isPresent();
            case DATE_TIME -> dateTime(v);
            case LOGICAL -> LOGICAL.contains(v);
        };
    }

    private static Optional<BigDecimal> number(String v) {
        return NUMBER.matcher(v.strip()).matches() ? Optional.of(new BigDecimal(v.strip())) : Optional.empty();
    }

    static Optional<LocalDate> isoDate(String v) {
        try {
            return v.length() == 10 ? Optional.of(LocalDate.parse(v)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean dateTime(String v) {
        try {
            LocalDateTime.parse(v.replace(' ', 'T'));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static List<Reason> fail(boolean failed, String code, String message) {
        return failed ? List.of(Reason.error(code, message)) : List.of();
    }
}
