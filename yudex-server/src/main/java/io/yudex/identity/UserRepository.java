package io.yudex.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    /** A user row including what log-in needs. */
    record Credentials(long id, String username, String passwordHash, long departmentId, String departmentCode,
            boolean enabled, int failedAttempts, Instant lockedUntil) {}

    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.department_id, d.name AS department_name, u.enabled,
                   u.failed_attempts, u.locked_until, u.created_at
              FROM app_user u JOIN department d ON d.id = u.department_id
            """;

    private final JdbcClient jdbc;
    private final IdentityChanges changes;

    UserRepository(JdbcClient jdbc, IdentityChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    long insert(UserCommand c, String passwordHash, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, department_id, enabled, password_changed_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(c.username(), c.displayName(), passwordHash, c.departmentId(),
                        c.enabled() == null || c.enabled(), utc(now), utc(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        replaceRoles(id, c.roles());
        return id;
    }

    void update(long id, UserCommand c) {
        jdbc.sql("UPDATE app_user SET display_name = ?, department_id = ?, enabled = COALESCE(?, enabled) WHERE id = ?")
                .params(c.displayName(), c.departmentId(), c.enabled(), id).update();
        replaceRoles(id, c.roles());
        changes.changed();
    }

    void updatePassword(long id, String hash, Instant now) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, password_changed_at = ? WHERE id = ?").params(hash, utc(now), id).update();
        changes.changed();
    }

    private void replaceRoles(long id, Set<Role> roles) {
        jdbc.sql("DELETE FROM app_user_role WHERE user_id = ?").param(id).update();
        for (Role r : roles) {
            jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)").params(id, r.name()).update();
        }
        changes.changed();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("""
                SELECT u.id, u.username, u.password_hash, u.department_id, d.code, u.enabled, u.failed_attempts, u.locked_until
                  FROM app_user u JOIN department d ON d.id = u.department_id WHERE u.username = ?
                """).param(username)
                .query((rs, n) -> new Credentials(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getBoolean(6), rs.getInt(7), instant(rs, 8)))
                .optional();
    }

    /** Counts a failure; locks the account until {@code lockUntil} once {@code maxFailures} is reached. */
    void recordFailure(String username, int maxFailures, Instant lockUntil) {
        jdbc.sql("UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE username = ?").param(username).update();
        jdbc.sql("UPDATE app_user SET locked_until = ?, failed_attempts = 0 WHERE username = ? AND failed_attempts >= ?")
                .params(utc(lockUntil), username, maxFailures).update();
        changes.changed();
    }

    void resetFailures(String username) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE username = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)")
                .param(username).update();
        changes.changed();
    }

    Set<Role> roles(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM app_user_role WHERE user_id = ?").param(userId)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list().forEach(roles::add);
        return roles;
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = ?").param(id).query(this::map).optional().map(this::withRoles);
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = ?").param(username).query(this::map).optional().map(this::withRoles);
    }

    List<UserAccount> findAll() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT user_id, role FROM app_user_role").query((rs, n) -> {
            roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
            return null;
        }).list();
        return jdbc.sql(SELECT + " ORDER BY u.department_id, u.username").query(this::map).list().stream()
                .map(u -> withRoles(u, roles.getOrDefault(u.id(), Set.of()))).toList();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single() > 0;
    }

    private UserAccount withRoles(UserAccount u) {
        return withRoles(u, roles(u.id()));
    }

    private UserAccount withRoles(UserAccount u, Set<Role> roles) {
        return new UserAccount(u.id(), u.username(), u.displayName(), u.departmentId(), u.departmentName(), roles,
                u.enabled(), u.failedAttempts(), u.lockedUntil(), u.createdAt());
    }

    private UserAccount map(ResultSet rs, int n) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getLong("department_id"), rs.getString("department_name"), Set.of(), rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"), instant(rs, "locked_until"), instant(rs, "created_at"));
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
