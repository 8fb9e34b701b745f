package io.yudex.synth;

import io.yudex.standards.identifier.UnifiedSocialCreditCode;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Decides which rows are defective and of what kind, and puts the text-level defects into a
 * rendered row. Row {@code i}'s decision uses its own stream, so it depends only on the seed, the
 * rate and {@code i}; a clean row renders the same whatever the rate.
 */
final class Defects {

    private static final String CITIZEN_CHECK = "0123456789X";
    private static final int[][] IMPOSSIBLE_MONTH_DAYS = {{2, 30}, {2, 31}, {4, 31}, {6, 31}, {9, 31}, {11, 31}};
    private static final int DUPLICATE_WINDOW = 1000;
    private static final int DUPLICATE_SEARCH = 64;

    private final Dataset dataset;
    private final long seed;
    private final double rate;
    private final RowRenderer renderer;
    private final DefectKind[] kinds;

    Defects(Dataset dataset, long seed, double rate, RowRenderer renderer) {
        this.dataset = dataset;
        this.seed = seed;
        this.rate = rate;
        this.renderer = renderer;
        this.kinds = dataset.defectKinds().toArray(DefectKind[]::new);
    }

    /** Whether row {@code i} gets a defect at all. */
    boolean defective(long i) {
        return rate > 0 && uniform(i) < rate;
    }

    /** A uniform draw in [0, 1) for row i, computed without allocating. */
    private double uniform(long i) {
        return (Mix.seed(seed ^ Mix.mix64(dataset.ordinal() + 1L), Mix.Purpose.DEFECT, i) >>> 11) * 0x1.0p-53;
    }

    /** Row {@code i}'s defect, or null for a clean row. */
    DefectKind kindOf(long i) {
        if (rate <= 0) {
            return null;
        }
        if (uniform(i) >= rate) {
            return null;
        }
        SplittableRandom r = decision(i);
        for (int attempt = 0; attempt < 8; attempt++) {
            DefectKind kind = kinds[r.nextInt(kinds.length)];
            if (applicable(kind, i)) {
                return kind;
            }
        }
        return DefectKind.MISSING_VALUE;
    }

    private SplittableRandom decision(long i) {
        return Mix.random(seed, Mix.Purpose.DEFECT, dataset.ordinal(), i);
    }

    private SplittableRandom detail(long i) {
        return Mix.random(seed, Mix.Purpose.DEFECT_DETAIL, dataset.ordinal(), i);
    }

    private boolean applicable(DefectKind kind, long i) {
        return switch (kind) {
            case LOWER_CASE_LETTER -> hasLetter(clean(i, dataset.column(dataset.identifierColumn())));
            case DUPLICATE_KEY -> duplicateSource(i) >= 0;
            default -> true;
        };
    }

    /** The earlier clean row whose key row {@code i} repeats, or -1 if there is none nearby. */
    long duplicateSource(long i) {
        if (i == 0) {
            return -1;
        }
        long j = i - 1 - detail(i).nextLong(Math.min(i, DUPLICATE_WINDOW));
        for (int k = 0; k < DUPLICATE_SEARCH && j >= 0; k++, j--) {
            if (!defective(j)) {
                return j;
            }
        }
        return -1;
    }

    private String clean(long i, int column) {
        StringBuilder sb = new StringBuilder(128);
        renderer.append(i, null, sb);
        return Fields.get(sb, 0, column);
    }

    /** Puts defect {@code kind} into row {@code i}, rendered at {@code rowStart} of {@code sb}. */
    void apply(DefectKind kind, long i, StringBuilder sb, int rowStart) {
        SplittableRandom r = detail(i);
        switch (kind) {
            case CHECK_DIGIT -> edit(sb, rowStart, dataset.identifierColumn(), s -> wrongCheck(s, r));
            case FULL_WIDTH_DIGITS -> edit(sb, rowStart, dataset.identifierColumn(), Defects::fullWidth);
            case LOWER_CASE_LETTER -> edit(sb, rowStart, dataset.identifierColumn(), s -> s.toLowerCase(Locale.ROOT));
            case MISSING_VALUE -> Fields.set(sb, rowStart,
                    dataset.column(dataset.requiredColumns().get(r.nextInt(dataset.requiredColumns().size()))), "");
            case NAME_TYPO -> edit(sb, rowStart, dataset.nameColumn(), s -> typo(s, r));
            case DATE_FORMAT -> edit(sb, rowStart, dataset.dateColumn(), s -> otherFormat(s, r));
            case IMPOSSIBLE_DATE -> edit(sb, rowStart, dataset.dateColumn(), s -> impossible(s, r));
            case DUPLICATE_KEY -> copyKey(duplicateSource(i), sb, rowStart);
            default -> {
                // CONFLICTING_* kinds were applied by the renderer
            }
        }
    }

    private void edit(StringBuilder sb, int rowStart, String column, UnaryOperator<String> change) {
        int c = dataset.column(column);
        Fields.set(sb, rowStart, c, change.apply(Fields.get(sb, rowStart, c)));
    }

    private void copyKey(long j, StringBuilder sb, int rowStart) {
        StringBuilder source = new StringBuilder(128);
        renderer.append(j, null, source);
        for (String key : dataset.keyColumns()) {
            int c = dataset.column(key);
            Fields.set(sb, rowStart, c, Fields.get(source, 0, c));
        }
    }

    private String wrongCheck(String id, SplittableRandom r) {
        String alphabet = dataset == Dataset.POPULATION || dataset == Dataset.SOCIAL_INSURANCE
                ? CITIZEN_CHECK : UnifiedSocialCreditCode.ALPHABET;
        int right = alphabet.indexOf(id.charAt(id.length() - 1));
        int wrong = (right + 1 + r.nextInt(alphabet.length() - 1)) % alphabet.length();
        return id.substring(0, id.length() - 1) + alphabet.charAt(wrong);
    }

    static String fullWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return out.toString();
    }

    static boolean hasLetter(String s) {
        return s.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** Replaces the first character, from a random position on, that has a known similar one. */
    static String typo(String name, SplittableRandom r) {
        int n = name.length();
        int from = r.nextInt(Math.max(1, n));
        for (int k = 0; k < n; k++) {
            int at = (from + k) % n;
            char similar = Names.similar(name.charAt(at));
            if (similar != 0) {
                return name.substring(0, at) + similar + name.substring(at + 1);
            }
        }
        return name;
    }

    /** {@code 2023-01-05} as {@code 2023/1/5}, {@code 2023年1月5日} or {@code 20230105}. */
    static String otherFormat(String iso, SplittableRandom r) {
        int y = Integer.parseInt(iso, 0, 4, 10);
        int m = Integer.parseInt(iso, 5, 7, 10);
        int d = Integer.parseInt(iso, 8, 10, 10);
        return switch (r.nextInt(3)) {
            case 0 -> y + "/" + m + "/" + d;
            case 1 -> y + "年" + m + "月" + d + "日";
            default -> iso.substring(0, 4) + iso.substring(5, 7) + iso.substring(8, 10);
        };
    }

    /** The same year with a month and day that do not exist together, e.g. {@code 2023-02-30}. */
    static String impossible(String iso, SplittableRandom r) {
        int[] md = IMPOSSIBLE_MONTH_DAYS[r.nextInt(IMPOSSIBLE_MONTH_DAYS.length)];
        return iso.substring(0, 4) + (md[0] < 10 ? "-0" : "-") + md[0] + "-" + md[1];
    }
}
