package io.yudex.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.DataType;
import io.yudex.catalog.Sensitivity;
import io.yudex.rules.check.CodeTables;
import io.yudex.rules.check.Rule;
import io.yudex.standards.detect.SensitiveKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleSuggestionsTest {

    private static final List<DataItem> PEOPLE = List.of(
            new DataItem("sfzhm", "公民身份号码", DataType.CHARACTER, 18, true, true, Sensitivity.SENSITIVE_PERSONAL),
            new DataItem("xb", "性别", DataType.CHARACTER, 1, true, false, Sensitivity.NONE),
            new DataItem("csrq", "出生日期", DataType.DATE, null, true, false, Sensitivity.PERSONAL),
            new DataItem("lxdh", "联系电话", DataType.CHARACTER, 20, false, false, Sensitivity.PERSONAL));

    @Test
    void suggest_fromItemsAndProfile_coversTypesKeysIdentifiersAndConsistency() {
        List<Map<String, Object>> rules = RuleSuggestions.suggest(PEOPLE, Map.of("lxdh", SensitiveKind.MOBILE)).stream()
                .map(RuleSuggestions.Suggestion::rule).toList();
        assertThat(rules).contains(
                Map.of("check", "required", "column", "sfzhm", "severity", "error"),
                Map.of("check", "length", "column", "sfzhm", "severity", "error", "max", 18),
                Map.of("check", "identifier", "column", "sfzhm", "severity", "error", "type", "citizen-id"),
                Map.of("check", "identifier", "column", "lxdh", "severity", "error", "type", "mobile"),
                Map.of("check", "date-range", "column", "csrq", "severity", "error", "to", "today"),
                Map.of("check", "code-table", "column", "xb", "severity", "error", "table", CodeTables.SEX),
                Map.of("check", "unique", "columns", List.of("sfzhm"), "severity", "error"),
                Map.of("check", "id-consistency", "id", "sfzhm", "birthDate", "csrq", "sex", "xb", "severity", "error"));
        // every suggestion is a valid rule of the resource
        new RuleSetValidator(CodeTables.standard(), p -> Optional.empty()).validate(PEOPLE.stream().map(DataItem::name).toList(), rules);
        rules.forEach(Rule::of);
    }

    @Test
    void suggest_withoutProfile_usesNamesAndLabels_andNothingForPlainText() {
        var enterprise = List.of(new DataItem("tyshxydm", "统一社会信用代码", DataType.CHARACTER, null, false, false, Sensitivity.NONE),
                new DataItem("bz", "备注", DataType.MEMO, null, false, false, Sensitivity.NONE));
        assertThat(RuleSuggestions.suggest(enterprise, Map.of())).extracting(s -> s.rule().get("type")).containsExactly("uscc");
    }

    @Test
    void suggest_forAnExpiryDate_doesNotAskForAPastDate() {
        var licence = List.of(new DataItem("yxqz", "有效期至", DataType.DATE, null, false, false, Sensitivity.NONE),
                new DataItem("fzrq", "发证日期", DataType.DATE, null, false, false, Sensitivity.NONE));
        assertThat(RuleSuggestions.suggest(licence, Map.of())).extracting(s -> s.rule().get("column")).containsExactly("fzrq");
    }
}
