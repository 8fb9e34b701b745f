package io.yudex.synth;

import io.yudex.standards.identifier.CitizenIdNumber;
import io.yudex.standards.identifier.Problem;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
import io.yudex.standards.identifier.ValidationResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefectsTest {

    private static final int ROWS = 4_000;

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void rate_isRoughlyHonoured(Dataset dataset) {
        SyntheticData data = Rows.defective(dataset, 0.03, 100_000);
        long defective = java.util.stream.LongStream.range(0, 20_000).filter(i -> data.defect(i).isPresent()).count();
        assertThat(defective).isBetween(480L, 720L);
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void everyKind_occursAndIsTheIntendedDefect(Dataset dataset) {
        SyntheticData defective = Rows.defective(dataset, 0.3, 100_000);
        SyntheticData clean = Rows.clean(dataset, 100_000);
        List<String> lines = Rows.lines(defective, ROWS);
        Map<DefectKind, Integer> seen = new EnumMap<>(DefectKind.class);
        for (int i = 0; i < ROWS; i++) {
            Optional<DefectKind> kind = defective.defect(i);
            String expected = clean.row(i);
            if (kind.isEmpty()) {
                assertThat(lines.get(i)).isEqualTo(expected);
                continue;
            }
            seen.merge(kind.get(), 1, Integer::sum);
            new Check(dataset, kind.get(), Rows.fields(expected), Rows.fields(lines.get(i)), lines.subList(Math.max(0, i - 1100), i)).verify();
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(dataset.defectKinds());
    }

    @Nested
    class Rendering {

        @Test
        void otherFormat_keepsTheDate() {
            for (int k = 0; k < 30; k++) {
                String other = Defects.otherFormat("2023-01-05", new java.util.SplittableRandom(k));
                assertThat(other).isIn("2023/1/5", "2023年1月5日", "20230105");
            }
        }

        @Test
        void impossible_keepsTheYearAndCannotBeParsed() {
            String impossible = Defects.impossible("2023-07-14", new java.util.SplittableRandom(1));
            assertThat(impossible).startsWith("2023-");
            assertThatThrownBy(() -> LocalDate.parse(impossible)).isInstanceOf(DateTimeParseException.class);
        }
    }

    /** What one defect of one kind must look like, given the clean row. */
    private record Check(Dataset dataset, DefectKind kind, String[] clean, String[] actual, List<String> earlier) {

        void verify() {
            switch (kind) {
                case CHECK_DIGIT -> assertThat(validate(identifier()).errorCodes()).containsExactly(Problem.CHECK_DIGIT);
                case FULL_WIDTH_DIGITS -> {
                    assertThat(identifier()).containsPattern("[０-９]").doesNotContainPattern("[0-9]");
                    assertThat(CitizenIdNumber.normalise(identifier())).isEqualTo(clean[col(dataset.identifierColumn())]);
                }
                case LOWER_CASE_LETTER -> {
                    assertThat(identifier()).containsPattern("[a-z]").doesNotContainPattern("[A-Z]");
                    assertThat(identifier().toUpperCase(Locale.ROOT)).isEqualTo(clean[col(dataset.identifierColumn())]);
                }
                case MISSING_VALUE -> assertOnlyChanged(dataset.requiredColumns(), "");
                case NAME_TYPO -> assertTypo();
                case DATE_FORMAT -> assertThat(actual[col(dataset.dateColumn())]).matches("\\d{4}/\\d{1,2}/\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{8}");
                case IMPOSSIBLE_DATE -> {
                    String date = actual[col(dataset.dateColumn())];
                    assertThat(date).startsWith(clean[col(dataset.dateColumn())].substring(0, 5));
                    assertThatThrownBy(() -> LocalDate.parse(date)).isInstanceOf(DateTimeParseException.class);
                }
                case CONFLICTING_NAME -> assertThat(actual[col(dataset.nameColumn())]).isNotEqualTo(clean[col(dataset.nameColumn())]);
                case CONFLICTING_BIRTH_DATE -> assertThat(LocalDate.parse(actual[3]))
                        .isNotEqualTo(CitizenIdNumber.parse(actual[0]).birthDate());
                case CONFLICTING_SEX -> assertThat(actual[2]).isNotEqualTo(clean[2]).isIn("1", "2");
                case DUPLICATE_KEY -> assertThat(earlier.stream().map(Rows::fields).map(this::key)).contains(key(actual));
            }
        }

        private void assertOnlyChanged(List<String> allowed, String to) {
            int changed = 0;
            for (int c = 0; c < clean.length; c++) {
                if (!clean[c].equals(actual[c])) {
                    changed++;
                    assertThat(dataset.columns().get(c)).isIn(allowed);
                    assertThat(actual[c]).isEqualTo(to);
                }
            }
            assertThat(changed).isEqualTo(1);
        }

        private void assertTypo() {
            String before = clean[col(dataset.nameColumn())];
            String after = actual[col(dataset.nameColumn())];
            assertThat(after).hasSameSizeAs(before);
            int differences = 0;
            for (int k = 0; k < before.length(); k++) {
                differences += before.charAt(k) == after.charAt(k) ? 0 : 1;
            }
            assertThat(differences).as(before + " → " + after).isEqualTo(1);
        }

        private String identifier() {
            return actual[col(dataset.identifierColumn())];
        }

        private ValidationResult validate(String id) {
            return dataset == Dataset.POPULATION || dataset == Dataset.SOCIAL_INSURANCE
                    ? CitizenIdNumber.validate(id) : UnifiedSocialCreditCode.validate(id);
        }

        private String key(String[] row) {
            return String.join("|", dataset.keyColumns().stream().map(k -> row[col(k)]).toList());
        }

        private int col(String column) {
            return dataset.columns().indexOf(column);
        }
    }
}
