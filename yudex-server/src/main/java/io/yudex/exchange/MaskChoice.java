package io.yudex.exchange;

import java.util.List;

/**
 * What an approver may choose for one item: its default masking by sensitivity and the stricter rules on offer.
 *
 * @param defaultSpec the item's default rule (e.g. {@code MASK_SHOW_FIRST_LAST(6,4)}), or null when it is kept as is
 * @param stricter    rules at least as strict as the default, from less to more strict
 */
public record MaskChoice(String item, String label, String defaultSpec, List<String> stricter) {}
