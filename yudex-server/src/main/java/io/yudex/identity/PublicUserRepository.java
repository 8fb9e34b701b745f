package io.yudex.identity;

import static io.yudex.identity.UserRepository.instant;
import static io.yudex.identity.UserRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The portal's public accounts (table {@code portal_user}), apart from staff accounts. */
@Repository
class PublicUserRepository {

    /** A row with what log-in needs. */
    record Credentials(PublicUser user, String passwordHash, Instant lockedUntil) {}

    private final JdbcClient jdbc;

    PublicUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String email, String passwordHash, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO portal_user (username, email, password_hash, enabled, failed_attempts, password_changed_at, created_at)
                VALUES (?, ?, ?, TRUE, 0, ?, ?)""")
                .params(username, email, passwordHash, utc(now), utc(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM portal_user WHERE LOWER(username) = LOWER(?)").param(username).query(Long.class).single() > 0;
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM portal_user WHERE LOWER(email) = LOWER(?)").param(email).query(Long.class).single() > 0;
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT * FROM portal_user WHERE username = ?").param(username)
                .query((rs, n) -> new Credentials(map(rs), rs.getString("password_hash"), instant(rs, "locked_until"))).optional();
    }

    Optional<PublicUser> find(long id) {
        return jdbc.sql("SELECT * FROM portal_user WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** Counts a failure; locks the account until {@code lockUntil} once {@code maxFailures} is reached. */
    void recordFailure(String username, int maxFailures, Instant lockUntil) {
        jdbc.sql("UPDATE portal_user SET failed_attempts = failed_attempts + 1 WHERE username = ?").param(username).update();
        jdbc.sql("UPDATE portal_user SET locked_until = ?, failed_attempts = 0 WHERE username = ? AND failed_attempts >= ?")
                .params(utc(lockUntil), username, maxFailures).update();
    }

    void resetFailures(String username) {
        jdbc.sql("UPDATE portal_user SET failed_attempts = 0, locked_until = NULL WHERE username = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)")
                .param(username).update();
    }

    private static PublicUser map(ResultSet rs) throws SQLException {
        return new PublicUser(rs.getLong("id"), rs.getString("username"), rs.getString("email"), rs.getBoolean("enabled"),
                instant(rs, "created_at"));
    }
}
