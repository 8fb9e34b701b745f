package io.yudex.rules.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Named code tables for {@link Check.CodeTable}: code → name. Ships GB/T 2261.1-2003 sex;
 * add others (ethnic groups GB 3304, the catalog's share types …) with {@link #with}. Immutable.
 */
public final class CodeTables {

    /** GB/T 2261.1-2003 人的性别代码. */
    public static final String SEX = "GB/T 2261.1";

    private final Map<String, Map<String, String>> tables;

    private CodeTables(Map<String, Map<String, String>> tables) {
        this.tables = Map.copyOf(tables);
    }

    /** The shipped tables. */
    public static CodeTables standard() {
        return new CodeTables(Map.of(SEX, Map.of("0", "未知的性别", "1", "男性", "2", "女性", "9", "未说明的性别")));
    }

    /** A copy with one more (or a replaced) table. */
    public CodeTables with(String name, Map<String, String> codes) {
        Map<String, Map<String, String>> copy = new HashMap<>(tables);
        copy.put(Objects.requireNonNull(name, "name"), Map.copyOf(codes));
        return new CodeTables(copy);
    }

    /** The table's codes, or empty if there is no such table. */
    public Optional<Map<String, String>> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }
}
