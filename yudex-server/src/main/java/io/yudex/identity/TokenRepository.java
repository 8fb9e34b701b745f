package io.yudex.identity;

import static io.yudex.identity.UserRepository.instant;
import static io.yudex.identity.UserRepository.utc;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TokenRepository {

    enum SubjectKind { USER, CLIENT }

    record StoredToken(SubjectKind kind, long subjectId, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final IdentityChanges changes;

    TokenRepository(JdbcClient jdbc, IdentityChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    void insert(String hash, SubjectKind kind, long subjectId, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("INSERT INTO access_token (token_hash, subject_kind, subject_id, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(hash, kind.name(), subjectId, utc(issuedAt), utc(expiresAt)).update();
    }

    Optional<StoredToken> find(String hash) {
        return jdbc.sql("SELECT subject_kind, subject_id, expires_at FROM access_token WHERE token_hash = ?").param(hash)
                .query((rs, n) -> new StoredToken(SubjectKind.valueOf(rs.getString(1)), rs.getLong(2), instant(rs, 3)))
                .optional();
    }

    int deleteExpired(Instant now) {
        int n = jdbc.sql("DELETE FROM access_token WHERE expires_at < ?").param(utc(now)).update();
        changes.changed();
        return n;
    }

    /** Ends every token of one subject at once, e.g. when a client's secret is replaced. */
    int deleteFor(SubjectKind kind, long subjectId) {
        int n = jdbc.sql("DELETE FROM access_token WHERE subject_kind = ? AND subject_id = ?").params(kind.name(), subjectId).update();
        changes.changed();
        return n;
    }

    void delete(String hash) {
        jdbc.sql("DELETE FROM access_token WHERE token_hash = ?").param(hash).update();
        changes.changed();
    }
}
