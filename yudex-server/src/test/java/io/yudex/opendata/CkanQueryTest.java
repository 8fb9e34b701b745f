package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CkanQueryTest {

    private static final UnaryOperator<String> ORGS = slug -> slug.equals("scjgj") ? "河南省市场监督管理局" : slug;

    private static CkanQuery parse(String q, String fq, String rows, String start, String sort, String facets) {
        return CkanQuery.parse(q, fq, rows, start, sort, facets, ORGS, CkanPackages::groupValue);
    }

    @Test
    void parse_withDefaults_searchesEverythingTenAtATime() {
        CkanQuery q = parse(null, null, null, null, null, null);

        assertThat(q.text()).isEmpty();
        assertThat(q.filters()).isEmpty();
        assertThat(q.rows()).isEqualTo(10);
        assertThat(q.start()).isZero();
        assertThat(q.sort()).isNull();
    }

    @Test
    void parse_matchAll_isBlankText() {
        assertThat(parse("*:*", null, null, null, null, null).text()).isEmpty();
    }

    @Test
    void fq_translatesCkanFieldsToIndexDimensions() {
        CkanQuery q = parse("企业", "organization:scjgj tags:\"行政 处罚\" +res_format:database groups:legal_entity", "5", "10", null, null);

        assertThat(q.filters()).isEqualTo(Map.of(
                "provider", List.of("河南省市场监督管理局"),
                "tags", List.of("行政 处罚"),
                "format", List.of("DATABASE"),
                "baseLibrary", List.of("LEGAL_ENTITY")));
        assertThat(q.rows()).isEqualTo(5);
        assertThat(q.start()).isEqualTo(10);
    }

    @Test
    void fq_keepsInjectionAttemptsAsPlainValues() {
        CkanQuery q = parse(null, "tags:\"x\\\" OR *:*\"", null, null, null, null);

        assertThat(q.filters()).containsEntry("tags", List.of("x\" OR *:*"));
    }

    @Test
    void fq_withAnUnknownField_isASearchError() {
        assertThatThrownBy(() -> parse(null, "private:true", null, null, null, null))
                .isInstanceOf(CkanQuery.Invalid.class).hasMessageContaining("Cannot filter by 'private'");
    }

    @Test
    void fq_thatIsNotFieldValue_isASearchError() {
        assertThatThrownBy(() -> parse(null, "tags:a ) OR (", null, null, null, null))
                .isInstanceOf(CkanQuery.Invalid.class).hasMessageContaining("Cannot read fq");
    }

    @Test
    void rowsAndStart_outOfRangeOrNotNumbers_areValidationErrors() {
        assertThatThrownBy(() -> parse(null, null, "1000001", null, null, null)).isInstanceOf(CkanQuery.Invalid.class).hasMessageContaining("rows");
        assertThatThrownBy(() -> parse(null, null, "-1", null, null, null)).isInstanceOf(CkanQuery.Invalid.class);
        assertThatThrownBy(() -> parse(null, null, null, "ten", null, null)).isInstanceOf(CkanQuery.Invalid.class).hasMessageContaining("Invalid integer");
    }

    @Test
    void sort_readsCkanSortStrings() {
        assertThat(parse(null, null, null, null, "metadata_modified desc", null).sort()).isEqualTo(new CkanQuery.Sort("metadata_modified", false));
        assertThat(parse(null, null, null, null, "name asc", null).sort()).isEqualTo(new CkanQuery.Sort("name", true));
        assertThat(parse(null, null, null, null, "score desc, metadata_modified desc", null).sort()).isNull();
        assertThatThrownBy(() -> parse(null, null, null, null, "views_recent desc", null)).isInstanceOf(CkanQuery.Invalid.class);
        assertThatThrownBy(() -> parse(null, null, null, null, "name sideways", null)).isInstanceOf(CkanQuery.Invalid.class);
    }

    @Test
    void facetField_isAJsonListOfKnownFields() {
        assertThat(parse(null, null, null, null, null, "[\"organization\",\"tags\"]").facetFields()).containsExactly("organization", "tags");
        assertThatThrownBy(() -> parse(null, null, null, null, null, "organization")).isInstanceOf(CkanQuery.Invalid.class);
        assertThatThrownBy(() -> parse(null, null, null, null, null, "[\"secret\"]")).isInstanceOf(CkanQuery.Invalid.class);
    }

    @Test
    void names_roundTripResourceCodes() {
        assertThat(CkanPackages.name("101001/000001")).isEqualTo("101001-000001");
        assertThat(CkanPackages.code("101001-000001")).isEqualTo("101001/000001");
        assertThat(CkanPackages.code("101001/000001")).isEqualTo("101001/000001");
    }
}
