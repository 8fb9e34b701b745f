package io.yudex.exchange.serving;

import java.util.List;

/**
 * A condition on one item, values already in the item's type.
 *
 * @param values EQ: one; IN: one or more; RANGE: from and to, either null for an open end, both inclusive;
 *               PREFIX: one text
 */
public record Filter(String item, Op op, List<Object> values) {

    public enum Op { EQ, IN, RANGE, PREFIX }

    public Filter {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
