package io.yudex.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListExporterTest {

    @Test
    void csvCell_quotesSeparatorsAndDefusesFormulas() {
        assertThat(ListExporter.csvCell("人口,户籍")).isEqualTo("\"人口,户籍\"");
        assertThat(ListExporter.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ListExporter.csvCell("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(ListExporter.csvCell("+1")).isEqualTo("'+1");
        assertThat(ListExporter.csvCell(null)).isEmpty();
    }
}
