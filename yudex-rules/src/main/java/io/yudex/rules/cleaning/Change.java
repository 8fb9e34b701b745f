package io.yudex.rules.cleaning;

/**
 * One recorded change: which transform turned {@code before} into {@code after} (either may be null).
 *
 * @param transform the transform's name, e.g. {@code trim}, or {@code code-map:sex→GB/T 2261.1}
 */
public record Change(String transform, String before, String after) {
}
