package io.yudex.rules.check;

import io.yudex.rules.Severity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A check attached to a data item: {@code {"column":"sfzhm","severity":"error","check":"identifier","type":"citizen-id"}}.
 * A failed error rule quarantines the row, a failed warning rule flags it.
 *
 * @param column   the data item the check reads; null for checks that name their own columns
 *                 ({@link Check.Unique}, {@link Check.IdConsistency}) or none ({@link Check.Freshness})
 * @param check    the check
 * @param severity what a failure means
 */
public record Rule(String column, Check check, Severity severity) {

    public Rule {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
    }

    /** The map form: the check's fields plus {@code column} and {@code severity} (lower case). */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>(Definitions.toMap(check));
        if (column != null) {
            map.put("column", column);
        }
        map.put("severity", severity.name().toLowerCase(java.util.Locale.ROOT));
        return map;
    }

    /**
     * The rule a map describes; {@code severity} defaults to error.
     *
     * @throws io.yudex.rules.UnknownCheckException if the check or the severity is unknown
     */
    public static Rule of(Map<String, ?> map) {
        Object severity = map.get("severity");
        Severity s;
        try {
            s = severity == null ? Severity.ERROR : Severity.valueOf(severity.toString().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new io.yudex.rules.UnknownCheckException("Unknown severity '" + severity + "'; expected error or warning");
        }
        Object column = map.get("column");
        return new Rule(column == null ? null : column.toString(), Definitions.check(map), s);
    }
}
