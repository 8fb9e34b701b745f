package io.yudex.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * A controlled term of the national catalog metadata: a national code, its Chinese label and an English
 * label. Input may name a term by enum name, national code or Chinese label.
 */
public interface Vocabulary {

    String code();

    String zh();

    String en();

    default String label(boolean chinese) {
        return chinese ? zh() : en();
    }

    static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(t) || e.code().equals(t) || e.zh().equals(t) || e.en().equalsIgnoreCase(t))
                .findFirst();
    }
}
