package io.yudex.governance;

import io.yudex.platform.FieldError;
import io.yudex.platform.InvalidInputException;
import io.yudex.rules.check.CodeTables;
import io.yudex.rules.check.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a whole rule set against a resource's data items before anything is saved, and reports every problem at once
 * with its path ({@code rules[2].pattern}). Returns the rules in canonical form (column names in lower case, as in the
 * store).
 */
final class RuleSetValidator {

    static final int MAX_RULES = 200;
    static final int MAX_VALUES = 1_000;

    private static final Set<String> COMMON = Set.of("check", "column", "severity");
    private static final Map<String, Set<String>> PARAMETERS = Map.ofEntries(
            Map.entry("required", Set.of()), Map.entry("type", Set.of("type")), Map.entry("length", Set.of("min", "max")),
            Map.entry("range", Set.of("min", "max")), Map.entry("date-range", Set.of("from", "to")), Map.entry("enum", Set.of("values")),
            Map.entry("code-table", Set.of("table")), Map.entry("regex", Set.of("pattern")), Map.entry("identifier", Set.of("type")),
            Map.entry("unique", Set.of("columns")), Map.entry("id-consistency", Set.of("id", "birthDate", "sex")));
    /** Checks that name their own columns rather than reading {@code column}. */
    private static final Set<String> ROW_CHECKS = Set.of("unique", "id-consistency");

    private final CodeTables codeTables;
    private final Function<String, Optional<String>> engineRegexProblem;

    /**
     * @param engineRegexProblem why the data store's engine cannot run a pattern (RE2 has no look-arounds or
     *                           back-references), or empty when it can
     */
    RuleSetValidator(CodeTables codeTables, Function<String, Optional<String>> engineRegexProblem) {
        this.codeTables = codeTables;
        this.engineRegexProblem = engineRegexProblem;
    }

    /**
     * @param columns the resource's data item names
     * @throws InvalidInputException naming every offending field
     */
    List<Rule> validate(List<String> columns, List<?> rules) {
        if (rules == null) {
            throw InvalidInputException.of("rules", "is required: a list of rule definitions (may be empty)");
        }
        if (rules.size() > MAX_RULES) {
            throw InvalidInputException.of("rules", "at most " + MAX_RULES + " rules a resource, not " + rules.size());
        }
        Set<String> known = new java.util.HashSet<>();
        columns.forEach(c -> known.add(c.toLowerCase(Locale.ROOT)));
        List<FieldError> errors = new ArrayList<>();
        List<Rule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            String at = "rules[" + i + "]";
            if (!(rules.get(i) instanceof Map<?, ?> raw)) {
                errors.add(new FieldError(at, "must be an object such as {\"check\":\"required\",\"column\":\"" + first(columns) + "\"}"));
                continue;
            }
            Map<String, Object> map = new LinkedHashMap<>();
            raw.forEach((k, v) -> map.put(String.valueOf(k), v));
            int before = errors.size();
            check(at, map, known, errors);
            if (errors.size() > before) {
                continue;
            }
            try {
                out.add(Rule.of(map));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(at, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return out;
    }

    private void check(String at, Map<String, Object> map, Set<String> columns, List<FieldError> errors) {
        Object name = map.get("check");
        if (name == null) {
            errors.add(new FieldError(at + ".check", "is required, one of " + new java.util.TreeSet<>(PARAMETERS.keySet())));
            return;
        }
        String check = name.toString();
        if (check.equals("reference")) {
            errors.add(new FieldError(at + ".check", "reference checks across resources are not supported on resources yet"));
            return;
        }
        if (check.equals("freshness")) {
            errors.add(new FieldError(at + ".check", "timeliness is measured on every run against the catalog's update cycle; no freshness rule is needed"));
            return;
        }
        Set<String> parameters = PARAMETERS.get(check);
        if (parameters == null) {
            errors.add(new FieldError(at + ".check", "unknown check '" + check + "', expected one of " + new java.util.TreeSet<>(PARAMETERS.keySet())));
            return;
        }
        for (String key : map.keySet()) {
            if (!COMMON.contains(key) && !parameters.contains(key)) {
                errors.add(new FieldError(at + "." + key, "is not a parameter of check '" + check + "'; expected " + parameters));
            }
        }
        Object severity = map.get("severity");
        if (severity != null && !Set.of("error", "warning").contains(severity.toString().toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(at + ".severity", "must be error or warning"));
        }
        if (ROW_CHECKS.contains(check)) {
            if (map.get("column") != null) {
                errors.add(new FieldError(at + ".column", "check '" + check + "' names its own columns"));
            }
        } else {
            column(at + ".column", map, "column", columns, true, errors);
        }
        switch (check) {
            case "unique" -> {
                if (!(map.get("columns") instanceof List<?> list) || list.isEmpty()) {
                    errors.add(new FieldError(at + ".columns", "is required: a non-empty list of data items"));
                } else {
                    List<Object> lower = new ArrayList<>();
                    for (int j = 0; j < list.size(); j++) {
                        String c = String.valueOf(list.get(j)).toLowerCase(Locale.ROOT);
                        if (!columns.contains(c)) {
                            errors.add(new FieldError(at + ".columns[" + j + "]", "'" + list.get(j) + "' is not a data item of the resource"));
                        }
                        lower.add(c);
                    }
                    map.put("columns", lower);
                }
            }
            case "id-consistency" -> {
                column(at + ".id", map, "id", columns, true, errors);
                column(at + ".birthDate", map, "birthDate", columns, false, errors);
                column(at + ".sex", map, "sex", columns, false, errors);
                if (map.get("birthDate") == null && map.get("sex") == null) {
                    errors.add(new FieldError(at + ".birthDate", "give a birth-date column, a sex column or both"));
                }
            }
            case "enum" -> {
                if (!(map.get("values") instanceof Collection<?> values) || values.isEmpty()) {
                    errors.add(new FieldError(at + ".values", "is required: a non-empty list"));
                } else if (values.size() > MAX_VALUES) {
                    errors.add(new FieldError(at + ".values", "at most " + MAX_VALUES + " values, not " + values.size()
                            + "; use a code table for longer lists"));
                }
            }
            case "regex" -> regex(at + ".pattern", map.get("pattern"), errors);
            case "code-table" -> {
                Object table = map.get("table");
                if (table == null || codeTables.table(table.toString()).isEmpty()) {
                    errors.add(new FieldError(at + ".table", table == null ? "is required" : "unknown code table '" + table + "'"));
                }
            }
            default -> { }
        }
    }

    private void regex(String at, Object pattern, List<FieldError> errors) {
        if (pattern == null || pattern.toString().isEmpty()) {
            errors.add(new FieldError(at, "is required"));
            return;
        }
        try {
            Pattern.compile(pattern.toString());
        } catch (PatternSyntaxException e) {
            errors.add(new FieldError(at, "does not compile: " + e.getDescription() + " near index " + e.getIndex()));
            return;
        }
        engineRegexProblem.apply(pattern.toString()).ifPresent(p -> errors.add(new FieldError(at, "the data store cannot run it: " + p)));
    }

    /** Checks that {@code key} names a data item and writes it back in lower case. */
    private static void column(String at, Map<String, Object> map, String key, Set<String> columns, boolean required, List<FieldError> errors) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                errors.add(new FieldError(at, "is required: the data item the check reads"));
            }
            return;
        }
        String c = value.toString().strip().toLowerCase(Locale.ROOT);
        if (!columns.contains(c)) {
            errors.add(new FieldError(at, "'" + value + "' is not a data item of the resource; items are " + new java.util.TreeSet<>(columns)));
        }
        map.put(key, c);
    }

    private static String first(List<String> columns) {
        return columns.isEmpty() ? "item" : columns.getFirst();
    }
}
