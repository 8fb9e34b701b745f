package io.yudex.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.catalog.DataItem;
import io.yudex.catalog.DataType;
import io.yudex.catalog.Resource;
import io.yudex.catalog.Sensitivity;
import io.yudex.data.BatchWriter;
import io.yudex.data.DuckDbDataStore;
import io.yudex.data.LoadMode;
import io.yudex.data.TableSchema;
import io.yudex.ingest.batch.ResourceTables;
import io.yudex.platform.TableDownload;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store-written CSV and JSON downloads hold, byte for byte (CSV) and value for value (JSON), what the row-at-a-time
 * Java treatment ({@link ReleaseData#stream}, which the preview and XLSX still use) makes of the same release.
 */
class ReleaseDataCopyTest {

    private static final String[] TEXT = {"普通", "=SUM(A1)", "+86", "-1", "@x", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "", " pad ", "'q", "𠀀😀"};

    private static Resource resource() {
        List<DataItem> items = List.of(new DataItem("mc", "名称", DataType.CHARACTER, 100, true, true, Sensitivity.NONE),
                new DataItem("fzr", "负责人", DataType.CHARACTER, 50, false, false, Sensitivity.PERSONAL),
                new DataItem("je", "金额", DataType.NUMERIC, 18, false, false, Sensitivity.NONE),
                new DataItem("clrq", "成立日期", DataType.DATE, null, false, false, Sensitivity.NONE),
                new DataItem("gxsj", "更新时间", DataType.DATETIME, null, false, false, Sensitivity.NONE),
                new DataItem("yx", "有效", DataType.LOGICAL, null, false, false, Sensitivity.NONE),
                new DataItem("lxdh", "联系电话", DataType.CHARACTER, 20, false, false, Sensitivity.PERSONAL),
                new DataItem("bz", "备注", DataType.MEMO, 500, false, false, Sensitivity.NONE));
        return new Resource("102001/000009", "测试", null, null, null, 1, "P", "提供方", "410000", "河南省", null, null, null, items, null, null, null,
                null, null, null, null, null, List.of(), false, null, null, List.of(), null, null, null, 1, null, null, null, null);
    }

    @Test
    void csvAndJson_writtenByTheStore_equalTheJavaTreatment() throws Exception {
        Resource r = resource();
        ReleasePlan plan = new ReleasePlan(r.code(), List.of(), Map.of("fzr", "MASK_SHOW_FIRST_LAST(1,0)", "lxdh", "MASK_SHOW_FIRST_LAST(3,4)",
                "clrq", "DATE_SHOW_YEAR", "bz", "DROP"), null, null);
        try (DuckDbDataStore store = DuckDbDataStore.inMemory()) {
            TableSchema schema = ResourceTables.schema(r);
            store.ensureTable(schema);
            SplittableRandom random = new SplittableRandom(11);
            try (BatchWriter w = store.begin(schema, 5, LoadMode.APPEND)) {
                for (int i = 0; i < 2000; i++) {
                    w.add(TEXT[i % TEXT.length] + i, i % 7 == 0 ? null : TEXT[random.nextInt(TEXT.length)],
                            i % 5 == 0 ? null : new BigDecimal(random.nextLong(-100_000_000, 100_000_000)).movePointLeft(random.nextInt(7)),
                            LocalDate.of(1950 + i % 70, 1 + i % 12, 1 + i % 28), LocalDateTime.of(2024, 1 + i % 12, 1 + i % 28, i % 24, i % 60, i % 3 == 0 ? 0 : i % 60),
                            i % 3 == 0 ? null : i % 2 == 0, "1" + String.format("%010d", random.nextLong(10_000_000_000L)), "dropped");
                }
                w.commit();
            }
            ReleaseData data = new ReleaseData(store, r, 5, plan);
            assertThat(data.header(false)).containsExactly("mc", "fzr", "je", "clrq", "gxsj", "yx", "lxdh");

            List<List<String>> javaRows = new ArrayList<>();
            data.stream(0, null, javaRows::add);
            assertThat(javaRows).hasSize(2000);
            String expectedCsv = "\uFEFF" + line(data.header(true)) + javaRows.stream().map(ReleaseDataCopyTest::line).collect(Collectors.joining());
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            ReleaseExport.write(data, "csv", true, JsonMapper.builder().build(), csv);
            assertThat(csv.toString(StandardCharsets.UTF_8)).isEqualTo(expectedCsv);

            ByteArrayOutputStream json = new ByteArrayOutputStream();
            ReleaseExport.write(data, "json", true, JsonMapper.builder().build(), json);
            JsonNode array = JsonMapper.builder().build().readTree(json.toByteArray());
            assertThat(array.size()).isEqualTo(2000);
            for (int i = 0; i < 2000; i++) {
                List<String> names = data.header(false);
                for (int c = 0; c < names.size(); c++) {
                    JsonNode v = array.get(i).get(names.get(c));
                    assertThat(v.isNull() ? null : v.asString()).as("row %d %s", i, names.get(c)).isEqualTo(javaRows.get(i).get(c));
                }
            }
        }
    }

    private static String line(List<String> cells) {
        return cells.stream().map(TableDownload::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }
}
