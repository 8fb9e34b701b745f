package io.yudex.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcSourceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private String url;
    private Connection keepAlive;

    @BeforeEach
    void createSource() throws SQLException {
        url = "jdbc:h2:mem:src_" + UUID.randomUUID().toString().replace("-", "");
        keepAlive = DriverManager.getConnection(url);
        try (var s = keepAlive.createStatement()) {
            s.execute("CREATE TABLE person (id BIGINT, name VARCHAR(20), born DATE, income DECIMAL(12,2), score DOUBLE, "
                    + "active BOOLEAN, updated TIMESTAMP, updated_tz TIMESTAMP WITH TIME ZONE, photo VARBINARY(10))");
            s.execute("INSERT INTO person VALUES (1, '张三', DATE '1990-01-05', 12345.50, 1e10, TRUE, TIMESTAMP '2024-03-01 08:30:00', "
                    + "TIMESTAMP WITH TIME ZONE '2024-03-01 00:30:00+00', X'0102')");
            s.execute("INSERT INTO person VALUES (3, NULL, NULL, NULL, NULL, NULL, TIMESTAMP '2024-03-02 09:00:00', NULL, NULL)");
            s.execute("INSERT INTO person VALUES (2, '李四', DATE '1985-12-31', 0.10, 2.5, FALSE, TIMESTAMP '2024-02-01 00:00:00', NULL, NULL)");
        }
    }

    @AfterEach
    void dropSource() throws SQLException {
        keepAlive.close();
    }

    @Test
    void next_rendersEachSqlTypeInTheFormsTheConvertersTake() throws SQLException {
        try (JdbcSource source = open("SELECT * FROM person ORDER BY id", List.of(), null, null)) {
            assertThat(source.header()).containsExactly("ID", "NAME", "BORN", "INCOME", "SCORE", "ACTIVE", "UPDATED", "UPDATED_TZ", "PHOTO");
            SourceRecord first = source.next();
            assertThat(first.line()).isEqualTo(1);
            assertThat(first.values()).containsExactly("1", "张三", "1990-01-05", "12345.50", "10000000000", "true",
                    "2024-03-01 08:30", "2024-03-01 08:30", "AQI=");
            assertThat(source.next().values()).containsExactly("2", "李四", "1985-12-31", "0.10", "2.5", "false", "2024-02-01 00:00",
                    null, null);
            assertThat(source.next().values()).containsOnlyOnce("3").containsNull();
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void watermark_isTheLargestValueReadWhateverTheOrder() throws SQLException {
        try (JdbcSource source = open("SELECT * FROM person", List.of(), "updated", null)) {
            drain(source);
            assertThat(source.watermark()).isEqualTo(Watermark.of(LocalDateTime.of(2024, 3, 2, 9, 0)));
        }
        try (JdbcSource source = open("SELECT * FROM person", List.of(), "ID", null)) {
            drain(source);
            assertThat(source.watermark().stored()).isEqualTo("number:3");
        }
    }

    @Test
    void watermark_boundBack_readsOnlyNewerRows() throws SQLException {
        Watermark start = Watermark.parse("number:1");
        try (JdbcSource source = open("SELECT * FROM person WHERE id > ?", List.of(start.bindValue()), "id", start)) {
            assertThat(drain(source)).hasSize(2);
            assertThat(source.watermark().stored()).isEqualTo("number:3");
        }
        Watermark newest = Watermark.parse("number:3");
        try (JdbcSource source = open("SELECT * FROM person WHERE id > ?", List.of(newest.bindValue()), "id", newest)) {
            assertThat(drain(source)).isEmpty();
            assertThat(source.watermark()).as("no new row keeps the old watermark").isEqualTo(newest);
        }
    }

    @Test
    void open_whenTheWatermarkColumnIsMissing_namesTheColumns() {
        assertThatThrownBy(() -> open("SELECT id, name FROM person", List.of(), "modified", null))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("'modified'").hasMessageContaining("[ID, NAME]");
    }

    @Test
    void open_whenTheQueryFails_reportsTheDriversReasonAndClosesTheConnection() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        assertThatThrownBy(() -> JdbcSource.open(c, "SELECT * FROM nowhere", List.of(), 100, null, null, SHANGHAI))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("NOWHERE").hasMessageContaining("SQL state");
        assertThat(c.isClosed()).isTrue();
    }

    @Test
    void next_whenTheConnectionGoesAway_failsWithTheRowsReadSoFar() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        JdbcSource source = JdbcSource.open(c, "SELECT * FROM person ORDER BY id", List.of(), 1, null, null, SHANGHAI);
        source.next();
        c.close();
        assertThatThrownBy(source::next).isInstanceOf(SourceUnavailableException.class).hasMessageContaining("after 1 rows");
        source.close();
    }

    @Test
    void watermark_parse_refusesMalformedForms() {
        assertThatThrownBy(() -> Watermark.parse("number:abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Watermark.parse("2024-01-01")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Watermark.parse("timestamp:2024-01-01T08:00").bindValue()).isEqualTo(LocalDateTime.of(2024, 1, 1, 8, 0));
        assertThat(Watermark.of(new BigDecimal("120.00")).stored()).isEqualTo("number:120");
    }

    private JdbcSource open(String sql, List<Object> params, String watermarkColumn, Watermark start) throws SQLException {
        return JdbcSource.open(DriverManager.getConnection(url), sql, params, 2, watermarkColumn, start, SHANGHAI);
    }

    private static List<SourceRecord> drain(JdbcSource source) {
        List<SourceRecord> all = new ArrayList<>();
        for (SourceRecord r = source.next(); r != null; r = source.next()) {
            all.add(r);
        }
        return all;
    }
}
