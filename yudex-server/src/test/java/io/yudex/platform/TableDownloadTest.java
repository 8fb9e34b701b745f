package io.yudex.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableDownloadTest {

    @Test
    void csvCell_quotesSeparatorsAndDefusesFormulas() {
        assertThat(TableDownload.csvCell("人口,户籍")).isEqualTo("\"人口,户籍\"");
        assertThat(TableDownload.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(TableDownload.csvCell("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(TableDownload.csvCell("+1")).isEqualTo("'+1");
        assertThat(TableDownload.csvCell(null)).isEmpty();
    }
}
