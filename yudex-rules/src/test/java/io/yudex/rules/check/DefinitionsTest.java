package io.yudex.rules.check;

import io.yudex.rules.Severity;
import io.yudex.rules.UnknownCheckException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefinitionsTest {

    static final List<Check> EVERY_CHECK = List.of(new Check.Required(), new Check.TypeOf(DataType.DATE), new Check.Length(null, 18),
            new Check.NumericRange(BigDecimal.ZERO, new BigDecimal("99.5")), new Check.DateRange(LocalDate.of(1900, 1, 1), null, true),
            new Check.DateRange(null, LocalDate.of(2030, 1, 1), false), new Check.Enumeration(List.of("1", "2")),
            new Check.CodeTable(CodeTables.SEX), new Check.Regex("[0-9]{6}"), new Check.Identifier("uscc"),
            new Check.Unique(List.of("sfzhm")), new Check.IdConsistency("sfzhm", "csrq", null),
            new Check.Reference("legal-entity", "tyshxydm"), new Check.Freshness(UpdateCycle.MONTHLY));

    @Test
    void maps_roundTripEveryCheck() {
        for (Check check : EVERY_CHECK) {
            assertThat(Definitions.check(Definitions.toMap(check))).as(check.name()).isEqualTo(check);
        }
    }

    @Test
    void check_whenJsonStyleMap_readsNumbersAndNames() {
        assertThat(Definitions.check(Map.of("check", "length", "max", 18))).isEqualTo(new Check.Length(null, 18));
        assertThat(Definitions.check(Map.of("check", "freshness", "cycle", "每季度"))).isEqualTo(new Check.Freshness(UpdateCycle.QUARTERLY));
    }

    @Test
    void toMap_writesTheCheckNameFirst() {
        assertThat(Definitions.toMap(new Check.Length(null, 18))).containsExactly(Map.entry("check", "length"), Map.entry("max", 18));
    }

    @Test
    void check_whenUnknownOrMalformed_throwsNamingIt() {
        assertThatThrownBy(() -> Definitions.check(Map.of("check", "soundex"))).isInstanceOf(UnknownCheckException.class).hasMessageContaining("soundex");
        assertThatThrownBy(() -> Definitions.check(Map.of("check", "length", "min", 5, "max", 2))).isInstanceOf(UnknownCheckException.class);
        assertThatThrownBy(() -> Definitions.check(Map.of("check", "identifier", "type", "passport"))).isInstanceOf(UnknownCheckException.class);
        assertThatThrownBy(() -> Definitions.check(Map.of("check", "regex"))).isInstanceOf(UnknownCheckException.class).hasMessageContaining("pattern");
    }

    @Test
    void rule_roundTripsWithColumnAndSeverity() {
        Rule rule = new Rule("sfzhm", new Check.Identifier("citizen-id"), Severity.WARNING);

        Map<String, Object> map = rule.toMap();

        assertThat(map).containsEntry("column", "sfzhm").containsEntry("severity", "warning").containsEntry("check", "identifier");
        assertThat(Rule.of(map)).isEqualTo(rule);
        assertThat(Rule.of(Map.of("check", "required", "column", "xm")).severity()).isEqualTo(Severity.ERROR);
    }
}
