package io.yudex.ingest.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yudex.data.LoadMode;
import io.yudex.platform.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PullRulesTest {

    @Test
    void urlPolicy_acceptsTheThreeVendors_andRefusesH2UnlessAllowed() {
        assertThat(JdbcUrlPolicy.check("jdbc:postgresql://db:5432/rk?sslmode=require", false)).isEqualTo(JdbcVendor.POSTGRESQL);
        assertThat(JdbcUrlPolicy.check("jdbc:mysql://db:3306/rk?useSSL=true", false)).isEqualTo(JdbcVendor.MYSQL);
        assertThat(JdbcUrlPolicy.check("jdbc:mariadb://db:3306/rk", false)).isEqualTo(JdbcVendor.MARIADB);
        assertThatThrownBy(() -> JdbcUrlPolicy.check("jdbc:h2:mem:x", false)).isInstanceOf(InvalidInputException.class);
        assertThat(JdbcUrlPolicy.check("jdbc:h2:mem:x", true)).isEqualTo(JdbcVendor.H2);
    }

    @Test
    void urlPolicy_refusesCodeLoadingParameters_inAnyCaseOrPosition() {
        for (String url : new String[] {"jdbc:postgresql://db/x?SocketFactory=a.B", "jdbc:postgresql://db/x?ssl=true&sslfactory=a.B",
                "jdbc:mysql://(host=db,autoDeserialize=true)/x", "jdbc:h2:mem:x;init=RUNSCRIPT FROM 'x'", "jdbc:mariadb://db/x?allowLocalInfile=true"}) {
            assertThatThrownBy(() -> JdbcUrlPolicy.check(url, true)).as(url).isInstanceOf(InvalidInputException.class);
        }
        assertThat(JdbcUrlPolicy.check("jdbc:postgresql://db/initial_data?ApplicationName=init", false)).isEqualTo(JdbcVendor.POSTGRESQL);
    }

    @Test
    void query_afterAWatermark_wrapsQueriesAndComparesByKind() {
        var byKey = pull("hr.people", null, Incremental.KEY, "id");
        assertThat(PullQuery.sql(byKey, false)).isEqualTo("SELECT * FROM hr.people");
        assertThat(PullQuery.sql(byKey, true)).isEqualTo("SELECT * FROM hr.people WHERE id > ?");
        var byTime = pull(null, "SELECT a, gxsj FROM t;", Incremental.TIMESTAMP, "gxsj");
        assertThat(PullQuery.sql(byTime, true)).isEqualTo("SELECT * FROM (SELECT a, gxsj FROM t) yudex_source WHERE yudex_source.gxsj >= ?");
    }

    @Test
    void query_mustBeOneSelect() {
        assertThat(PullQuery.problemWithQuery("with x as (select 1) select * from x;")).isNull();
        assertThat(PullQuery.problemWithQuery("DELETE FROM t")).contains("SELECT");
        assertThat(PullQuery.problemWithQuery("SELECT 1; DROP TABLE t")).contains("single statement");
        assertThat(PullQuery.TABLE.matcher("t; drop table x").matches()).isFalse();
        assertThat(PullQuery.TABLE.matcher("db.hr.people").matches()).isTrue();
    }

    @Test
    void cron_acceptsUnixAndSpringForms_andComputesTheNextTimeInTheZone() {
        assertThat(PullSchedule.normalise("0 2 * * *")).isEqualTo("0 0 2 * * *");
        assertThat(PullSchedule.normalise("@daily")).isEqualTo("@daily");
        assertThatThrownBy(() -> PullSchedule.normalise("every day")).hasMessageContaining("is not a cron expression");
        Instant next = PullSchedule.next("0 0 2 * * *", Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Asia/Shanghai"));
        assertThat(next).isEqualTo(Instant.parse("2026-11-29T18:00:00Z"));
    }

    private static PullDefinition pull(String table, String query, Incremental incremental, String column) {
        return new PullDefinition(1, "101001/000001", 1, "p", table, query, LoadMode.UPSERT, incremental, column, java.util.Map.of(), null, true, null, null,
                null, null, "u", Instant.EPOCH, Instant.EPOCH);
    }
}
