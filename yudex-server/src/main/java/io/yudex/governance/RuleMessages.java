package io.yudex.governance;

import io.yudex.rules.check.Check;
import io.yudex.rules.check.Rule;

/** The sentence a finding of a set-based (SQL) rule carries: what the rule asks, since SQL returns only the reason code. */
final class RuleMessages {

    private RuleMessages() {}

    static String describe(Rule rule) {
        return switch (rule.check()) {
            case Check.Required r -> "a value is required";
            case Check.TypeOf t -> "not a value of data type " + t.type().letter() + " (" + t.type() + ")";
            case Check.Length l -> "length outside [" + nz(l.min()) + ", " + nz(l.max()) + "]";
            case Check.NumericRange r -> "not a number in [" + nz(r.min()) + ", " + nz(r.max()) + "]";
            case Check.DateRange d -> "not a date (YYYY-MM-DD) in [" + nz(d.from()) + ", " + (d.notAfterToday() ? "today" : nz(d.to())) + "]";
            case Check.Enumeration e -> "not one of the " + e.values().size() + " allowed values";
            case Check.CodeTable c -> "not a code of " + c.table();
            case Check.Regex r -> cut("does not match " + r.pattern());
            case Check.Unique u -> "key " + u.columns() + " repeats an earlier row";
            case Check.Reference r -> "not found in " + r.resource() + "." + r.column();
            case Check.Identifier i -> "not a valid " + i.type();
            case Check.IdConsistency c -> "does not agree with " + c.id();
            case Check.Freshness f -> "not updated within " + f.cycle().apiName();
        };
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String cut(String s) {
        return s.length() > 480 ? s.substring(0, 480) + "…" : s;
    }
}
