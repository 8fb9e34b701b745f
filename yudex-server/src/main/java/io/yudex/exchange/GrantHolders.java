package io.yudex.exchange;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who may currently use a resource in a given mode: the departments that subscriptions deliver its changes to. */
@Component
public class GrantHolders {

    private final JdbcClient jdbc;
    private final Clock clock;

    GrantHolders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Departments holding an active (not revoked, not expired) grant on the resource that allows the mode. */
    public List<Long> departments(String resourceCode, AccessMode mode) {
        return jdbc.sql("""
                SELECT DISTINCT consumer_department_id FROM share_grant
                 WHERE resource_code = ? AND NOT revoked AND valid_until >= ? AND modes LIKE ?
                 ORDER BY consumer_department_id
                """).params(resourceCode, Date.valueOf(LocalDate.now(clock)), "%" + mode.name() + "%")
                .query(Long.class).list();
    }
}
