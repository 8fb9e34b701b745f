package io.yudex.rules.check;

import java.util.Arrays;
import java.util.Optional;

/** The catalog's data-item types (政务信息资源目录编制指南 / GB/T 21063), by their letters. */
public enum DataType {
    CHARACTER('C'),
    NUMBER('N'),
    MONEY('Y'),
    DATE('D'),
    DATE_TIME('T'),
    LOGICAL('L'),
    MEMO('M'),
    BINARY('B');

    private final char letter;

    DataType(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /** The type for a letter, e.g. {@code N}; empty if unknown. */
    public static Optional<DataType> ofLetter(String letter) {
        return Arrays.stream(values()).filter(t -> letter != null && letter.length() == 1 && t.letter == letter.charAt(0)).findFirst();
    }
}
