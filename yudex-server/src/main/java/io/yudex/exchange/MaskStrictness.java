package io.yudex.exchange;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.platform.InvalidInputException;
import io.yudex.standards.masking.HmacKey;
import io.yudex.standards.masking.MaskingRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much a masking rule reveals, so that a grant may only make an item's default stricter and so that, where two
 * grants cover one value, the stricter wins. Levels: keep (0) &lt; generalise (1: year, county, division) &lt;
 * partial (2: some characters shown) &lt; keyed pseudonym (3: nothing shown, linkable within one grant) &lt; nullify (4).
 * Within the partial level, fewer characters shown is stricter.
 */
final class MaskStrictness {

    /** Validates specs only; the grant's own key replaces it when values are masked. */
    private static final HmacKey PROBE = HmacKey.of(new byte[32]);

    private MaskStrictness() {}

    static int level(MaskingRule rule) {
        return switch (rule) {
            case null -> 0;
            case MaskingRule.DateShowYear d -> 1;
            case MaskingRule.GeneraliseDivision g -> 1;
            case MaskingRule.GeneraliseAddress a -> 1;
            case MaskingRule.Mask m -> 2;
            case MaskingRule.ShowFirst f -> 2;
            case MaskingRule.ShowLast l -> 2;
            case MaskingRule.MaskShowFirstLast fl -> 2;
            case MaskingRule.Hash h -> 3;
            case MaskingRule.Nullify n -> 4;
        };
    }

    /** Characters a partial rule shows (0 for the others). */
    static int shown(MaskingRule rule) {
        return switch (rule) {
            case MaskingRule.ShowFirst f -> f.count();
            case MaskingRule.ShowLast l -> l.count();
            case MaskingRule.MaskShowFirstLast fl -> fl.first() + fl.last();
            case null, default -> 0;
        };
    }

    /** True when {@code a} reveals no more than {@code b}. */
    static boolean atLeastAsStrict(MaskingRule a, MaskingRule b) {
        int la = level(a);
        int lb = level(b);
        return la > lb || la == lb && (la != 2 || shown(a) <= shown(b)) && (la != 1 || a.equals(b) || lb == 0);
    }

    /** The stricter of two rules (the first on a tie). */
    static MaskingRule stricter(MaskingRule a, MaskingRule b) {
        return atLeastAsStrict(a, b) ? a : b;
    }

    private static final List<String> OFFERED = List.of("DATE_SHOW_YEAR", "GENERALISE_ADDRESS", "MASK_SHOW_FIRST_LAST(1,0)", "MASK_SHOW_LAST_4",
            "HASH(SM3)", "NULLIFY");

    /** The rules an approver is offered for an item: those of {@link #OFFERED} that fit its type and mask at least as much as its default. */
    static MaskChoice choice(DataItem item) {
        MaskingRule fallback = ItemMasking.of(item);
        boolean date = item.dataType() == io.yudex.catalog.DataType.DATE || item.dataType() == io.yudex.catalog.DataType.DATETIME;
        List<String> stricter = new java.util.ArrayList<>();
        for (String spec : OFFERED) {
            MaskingRule rule = MaskingRule.parse(spec, PROBE);
            boolean fits = switch (rule) {
                case MaskingRule.DateShowYear d -> date;
                case MaskingRule.GeneraliseAddress a -> !date && item.label().contains("地址");
                case MaskingRule.Hash h -> true;
                case MaskingRule.Nullify n -> true;
                default -> !date;
            };
            if (fits && atLeastAsStrict(rule, fallback) && !rule.equals(fallback)) {
                stricter.add(rule.spec());
            }
        }
        return new MaskChoice(item.name(), item.label(), fallback == null ? null : fallback.spec(), List.copyOf(stricter));
    }

    /**
     * The approver's masks, checked: each names a granted item and a known rule at least as strict as the item's default.
     *
     * @return the specs in canonical form, or an empty map
     * @throws InvalidInputException naming the item and why
     */
    static Map<String, String> checked(Resource r, List<String> items, Map<String, String> masks) {
        Map<String, String> out = new LinkedHashMap<>();
        if (masks == null) {
            return out;
        }
        masks.forEach((item, spec) -> {
            if (!items.contains(item)) {
                throw InvalidInputException.of("masks", "'" + item + "' is not among the granted items " + items);
            }
            MaskingRule rule;
            try {
                rule = MaskingRule.parse(spec, PROBE);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("masks", item + ": " + e.getMessage());
            }
            DataItem di = r.items().stream().filter(i -> i.name().equals(item)).findFirst().orElseThrow();
            MaskingRule fallback = ItemMasking.of(di);
            if (!atLeastAsStrict(rule, fallback)) {
                throw InvalidInputException.of("masks", item + ": " + rule.spec() + " would show more than its default "
                        + (fallback == null ? "KEEP" : fallback.spec()) + "; a grant may only mask more");
            }
            out.put(item, rule.spec());
        });
        return out;
    }
}
