package io.yudex.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.yudex.platform.FieldError;
import io.yudex.platform.InvalidInputException;
import io.yudex.rules.check.CodeTables;
import io.yudex.rules.check.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RuleSetValidatorTest {

    private static final List<String> ITEMS = List.of("sfzhm", "xm", "xb", "csrq");
    private final RuleSetValidator validator = new RuleSetValidator(CodeTables.standard(),
            p -> p.contains("(?=") ? Optional.of("RE2 has no look-ahead") : Optional.empty());

    @Test
    void validate_goodRules_returnsThemInCanonicalForm() {
        List<Rule> rules = validator.validate(ITEMS, List.of(
                Map.of("check", "identifier", "type", "citizen-id", "column", "SFZHM"),
                Map.of("check", "unique", "columns", List.of("sfzhm")),
                Map.of("check", "id-consistency", "id", "sfzhm", "birthDate", "csrq", "sex", "xb", "severity", "warning")));
        assertThat(rules).hasSize(3);
        assertThat(rules.getFirst().column()).isEqualTo("sfzhm");
        assertThat(rules.get(2).toMap()).containsEntry("severity", "warning");
    }

    @Test
    void validate_everyProblem_isReportedAtOnceWithItsPath() {
        List<Object> rules = new ArrayList<>();
        rules.add(Map.of("check", "length", "column", "nope", "max", 5));
        rules.add(Map.of("check", "regex", "column", "xm", "pattern", "[unclosed"));
        rules.add(Map.of("check", "code-table", "column", "xb", "table", "GB 9999"));
        rules.add(Map.of("check", "enum", "column", "xb", "values", IntStream.range(0, 1001).mapToObj(String::valueOf).toList()));
        rules.add(Map.of("check", "unique", "columns", List.of("sfzhm", "ghost")));
        rules.add(Map.of("check", "regex", "column", "xm", "pattern", "(?=a)a"));
        rules.add(Map.of("check", "required", "column", "xm", "severity", "fatal", "colour", "red"));
        rules.add(Map.of("check", "teleport", "column", "xm"));
        rules.add("not an object");
        rules.add(Map.of("check", "length", "column", "xm", "min", 9, "max", 1));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> validator.validate(ITEMS, rules));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("rules[0].column", "rules[1].pattern", "rules[2].table",
                "rules[3].values", "rules[4].columns[1]", "rules[5].pattern", "rules[6].colour", "rules[6].severity", "rules[7].check", "rules[8]",
                "rules[9]");
        assertThat(e.errors().get(5).message()).contains("RE2");
        assertThat(e.errors().get(3).message()).contains("1000");
    }

    @Test
    void validate_tooManyRules_orNone_isRefused() {
        List<Object> many = IntStream.range(0, RuleSetValidator.MAX_RULES + 1).mapToObj(i -> (Object) Map.of("check", "required", "column", "xm")).toList();
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> validator.validate(ITEMS, many)).errors().getFirst().field())
                .isEqualTo("rules");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> validator.validate(ITEMS, null)).errors().getFirst().field())
                .isEqualTo("rules");
        assertThat(validator.validate(ITEMS, List.of())).isEmpty();
    }
}
