package io.yudex.governance.fusion;

/**
 * One source of one fused item: the item takes its value from the source of lowest {@code priority} that has one.
 *
 * @param item      the fused item's name, e.g. {@code xm}
 * @param priority  1 = the authoritative source; higher numbers are fallbacks
 * @param keyColumn the source's column holding the library key (ID number, USCC)
 * @param column    the source's column holding the item
 */
public record FusionSource(String item, int priority, String resource, String keyColumn, String column) {}
