package io.yudex.rules.cleaning;

import java.util.Map;

/** Shipped code mappings for {@link Transform.CodeMap}. */
public final class CodeMappings {

    /** Ways departments write sex, to GB/T 2261.1-2003 codes (1 男性, 2 女性, 0 未知, 9 未说明). */
    public static final Transform.CodeMap SEX = new Transform.CodeMap("sex→GB/T 2261.1", Map.ofEntries(
            Map.entry("男", "1"), Map.entry("男性", "1"), Map.entry("M", "1"), Map.entry("m", "1"), Map.entry("1", "1"),
            Map.entry("女", "2"), Map.entry("女性", "2"), Map.entry("F", "2"), Map.entry("f", "2"), Map.entry("2", "2"),
            Map.entry("未知", "0"), Map.entry("0", "0"), Map.entry("未说明", "9"), Map.entry("9", "9")));

    private CodeMappings() {
    }
}
