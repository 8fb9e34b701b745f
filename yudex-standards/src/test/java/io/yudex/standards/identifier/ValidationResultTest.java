package io.yudex.standards.identifier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidationResultTest {

    private static final Problem LENGTH = new Problem(Problem.LENGTH, "expected 18 characters, got 3");

    @Nested
    class Construct {

        @Test
        void new_whenValidDisagreesWithErrors_throws() {
            assertThatThrownBy(() -> new ValidationResult(true, "abc", List.of(LENGTH), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("valid is true but there are 1 errors");
        }

        @Test
        void of_copiesListsSoLaterChangesDoNotLeakIn() {
            List<Problem> errors = new ArrayList<>();
            ValidationResult result = ValidationResult.of("abc", errors, List.of());
            errors.add(LENGTH);

            assertThat(result.valid()).isTrue();
            assertThat(result.errors()).isEmpty();
        }
    }

    @Nested
    class Query {

        @Test
        void has_findsErrorsAndWarningsByCode() {
            ValidationResult result = ValidationResult.of("abc", List.of(LENGTH),
                    List.of(new Problem(Problem.ADDRESS_UNKNOWN, "x")));

            assertThat(result.has(Problem.LENGTH)).isTrue();
            assertThat(result.has(Problem.ADDRESS_UNKNOWN)).isTrue();
            assertThat(result.has(Problem.CHECK_DIGIT)).isFalse();
            assertThat(result.errorCodes()).containsExactly(Problem.LENGTH);
        }
    }
}
