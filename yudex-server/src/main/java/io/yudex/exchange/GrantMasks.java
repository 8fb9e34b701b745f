package io.yudex.exchange;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.Resource;
import io.yudex.exchange.serving.Filter;
import io.yudex.platform.InvalidInputException;
import io.yudex.standards.masking.MaskingRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The masking rule of each granted item under one grant: the approver's choice where set, else the item's default. */
@Component
class GrantMasks {

    private final PseudonymKeys keys;
    /**
     * Grants never change their masks; a resource's items may, and so may a standing grant's items (a return flow
     * narrowed or widened), so both are part of the key.
     */
    private final ConcurrentHashMap<String, Map<String, MaskingRule>> cache = new ConcurrentHashMap<>();

    GrantMasks(PseudonymKeys keys) {
        this.keys = keys;
    }

    /** item → rule for the grant's items; an item kept as it is maps to no entry. */
    Map<String, MaskingRule> of(Grant grant, Resource r) {
        return cache.computeIfAbsent(grant.id() + "@" + r.code() + "#" + r.items().hashCode() + "#" + grant.items().hashCode(), k -> build(grant, r));
    }

    private Map<String, MaskingRule> build(Grant grant, Resource r) {
        Map<String, MaskingRule> out = new HashMap<>();
        for (DataItem item : r.items()) {
            if (!grant.items().contains(item.name())) {
                continue;
            }
            String spec = grant.masks().get(item.name());
            MaskingRule rule = spec == null ? ItemMasking.of(item)
                    : spec.toUpperCase(java.util.Locale.ROOT).startsWith("HASH") ? MaskingRule.parse(spec, keys.of(grant.id())) : MaskingRule.parse(spec);
            if (rule != null) {
                out.put(item.name(), rule);
            }
        }
        return out;
    }

    /**
     * Refuses ranges, prefixes and sorting on an item some deciding grant masks: they would reveal what the mask hides
     * (the birth date inside an ID number, say). The query and the export paths both ask this.
     */
    void requireOnlyEqualityOnMasked(DataQuery q, List<Grant> deciding, Resource r) {
        for (Filter f : q.filters()) {
            if ((f.op() == Filter.Op.RANGE || f.op() == Filter.Op.PREFIX) && maskedFor(f.item(), deciding, r)) {
                throw InvalidInputException.of(f.item(), "is masked for you: only eq and in filters apply to it");
            }
        }
        if (q.sort() != null && maskedFor(q.sort().item(), deciding, r)) {
            throw InvalidInputException.of("sort", q.sort().item() + " is masked for you and cannot be sorted on");
        }
    }

    private boolean maskedFor(String item, List<Grant> grants, Resource r) {
        return grants.stream().anyMatch(g -> of(g, r).get(item) != null);
    }
}
