package io.yudex.rules.cleaning;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One cleaning step, as data ({@code {"transform":"null-likes"}}); {@link Transforms} converts to
 * and from maps and applies them. Every transform maps null to null.
 */
public sealed interface Transform {

    /** The definition's name, the {@code "transform"} field of its map form. */
    String name();

    /** {@code trim}: strip Unicode white space (including U+3000) at both ends and collapse inner runs to one space. */
    record Trim() implements Transform {
        public String name() {
            return "trim";
        }
    }

    /** {@code half-width}: full-width ASCII forms U+FF01–U+FF5E and the ideographic space to ASCII. */
    record HalfWidth() implements Transform {
        public String name() {
            return "half-width";
        }
    }

    /** {@code id-upper-x}: a lower-case {@code x} check character of an 18-character citizen ID to {@code X}. */
    record IdUpperX() implements Transform {
        public String name() {
            return "id-upper-x";
        }
    }

    /**
     * {@code unify-date}: dates written {@code 2023/1/5}, {@code 2023.1.5}, {@code 2023-1-5},
     * {@code 2023年1月5日} or {@code 20230105} to ISO {@code 2023-01-05}. Values that are not such
     * a date, or name a day that does not exist, are left alone for the checks to report.
     */
    record UnifyDate() implements Transform {
        public String name() {
            return "unify-date";
        }
    }

    /** {@code strip-phone-prefix}: drops {@code +86}, {@code 0086}, or {@code 86} before 11 digits, and the separators after it. */
    record StripPhonePrefix() implements Transform {
        public String name() {
            return "strip-phone-prefix";
        }
    }

    /** {@code null-likes}: values that mean "nothing" (compared after trimming, case-insensitive) to null. */
    record NullLikes(Set<String> tokens) implements Transform {
        /** 无, 空, NULL, null, N/A, /, -, —, 暂无. */
        public static final Set<String> DEFAULT = Set.of("无", "空", "NULL", "N/A", "NA", "/", "-", "--", "—", "暂无", "NONE");

        public NullLikes {
            tokens = Set.copyOf(tokens);
        }

        public String name() {
            return "null-likes";
        }
    }

    /**
     * {@code code-map}: replaces a value found in {@code mapping} (exact, after trimming); others
     * are left for the code-table check. See {@link CodeMappings} for shipped tables.
     *
     * @param table the mapping's name, recorded in changes, e.g. {@code sex→GB/T 2261.1}
     */
    record CodeMap(String table, Map<String, String> mapping) implements Transform {
        public CodeMap {
            Objects.requireNonNull(table, "table");
            mapping = Map.copyOf(mapping);
        }

        public String name() {
            return "code-map";
        }
    }

    /** The usual order for identifier columns: null-likes, half width, trim, upper-case x. */
    static List<Transform> forIdentifiers() {
        return List.of(new NullLikes(NullLikes.DEFAULT), new HalfWidth(), new Trim(), new IdUpperX());
    }
}
