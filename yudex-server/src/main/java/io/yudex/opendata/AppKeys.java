package io.yudex.opendata;

import io.yudex.identity.PublicUser;
import io.yudex.platform.ConflictException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * App keys of the open API. The platform admin issues single keys ({@code X-App-Key} alone, shown once); a signed-in
 * public user issues an app key with a secret ({@code X-App-Key} + {@code X-App-Secret}; the secret is shown once),
 * rotates its secret and revokes it. Only SHA-256 digests of secrets are kept; every call is counted per key and day
 * (Asia/Shanghai) against the key's quota.
 */
@Service
public class AppKeys {

    /** A key as listed: never the key itself. */
    public record AppKey(long id, String prefix, String name, String contact, int dailyQuota, boolean enabled, long callsToday) {}

    /** A key just issued: {@code key} is shown this once. */
    public record IssuedKey(long id, String key, String name, int dailyQuota) {}

    public record KeyCommand(String name, String contact, Integer dailyQuota) {}

    /** A public user's key as listed on the account page: the app key, never the secret. */
    public record OwnKey(long id, String appKey, String name, int dailyQuota, long callsToday, long callsTotal, boolean revoked,
            Instant createdAt, Instant rotatedAt) {}

    /** A public user's key just issued or rotated: {@code secret} is shown this once. */
    public record IssuedSecret(long id, String appKey, String secret, String name, int dailyQuota) {}

    /** The key a call was counted against, and its owner (null for keys the platform admin issued). */
    record KeyUse(long id, String label, Long ownerId) {}

    /** The key is missing, unknown, revoked or disabled (401), or its quota is used up today (429, retry after seconds). */
    static final class Refused extends RuntimeException {
        final int status;
        final long retryAfter;

        Refused(int status, String message) {
            this(status, message, 0);
        }

        Refused(int status, String message, long retryAfter) {
            super(message);
            this.status = status;
            this.retryAfter = retryAfter;
        }
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OpenAccountProperties accounts;

    AppKeys(JdbcClient jdbc, Clock clock, OpenAccountProperties accounts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
    }

    /**
     * A public user issues a key for an application of theirs.
     *
     * @throws InvalidInputException for a missing or too long name
     * @throws ConflictException     when the user holds {@code maxKeysPerUser} live keys already
     */
    public IssuedSecret issueFor(PublicUser owner, String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw InvalidInputException.of("name", "is required, at most 100 characters");
        }
        long live = jdbc.sql("SELECT COUNT(*) FROM open_api_key WHERE owner_id = ? AND revoked_at IS NULL").param(owner.id())
                .query(Long.class).single();
        if (live >= accounts.maxKeysPerUser()) {
            throw new ConflictException("You hold " + live + " keys already; revoke one before issuing another (at most "
                    + accounts.maxKeysPerUser() + ")");
        }
        String appKey = "oak_" + random(8);
        String secret = "ods_" + random(24);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO open_api_key (key_prefix, key_digest, name, contact, daily_quota, enabled, created_by, created_at, owner_id, app_key)
                VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?)""")
                .params(secret.substring(0, 12), digest(secret), name.strip(), owner.email(), accounts.keyDailyQuota(), owner.actor(),
                        utc(clock.instant()), owner.id(), appKey)
                .update(keys, "id");
        return new IssuedSecret(keys.getKeyAs(Number.class).longValue(), appKey, secret, name.strip(), accounts.keyDailyQuota());
    }

    /** The keys of a public user, newest first, with today's and all calls. */
    public List<OwnKey> of(PublicUser owner) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        return jdbc.sql("""
                SELECT k.id, k.app_key, k.name, k.daily_quota, k.revoked_at, k.created_at, k.rotated_at,
                       COALESCE((SELECT c.calls FROM open_api_calls c WHERE c.key_id = k.id AND c.usage_day = ?), 0) AS today,
                       COALESCE((SELECT SUM(c.calls) FROM open_api_calls c WHERE c.key_id = k.id), 0) AS total
                  FROM open_api_key k WHERE k.owner_id = ? ORDER BY k.id DESC""").params(today, owner.id())
                .query((rs, n) -> new OwnKey(rs.getLong("id"), rs.getString("app_key"), rs.getString("name"), rs.getInt("daily_quota"),
                        rs.getLong("today"), rs.getLong("total"), rs.getObject("revoked_at") != null, instant(rs, "created_at"),
                        instant(rs, "rotated_at")))
                .list();
    }

    /**
     * Replaces the secret of a live key of the user; the old secret stops working at once, quota and counts stay.
     *
     * @throws NotFoundException when the user holds no such live key
     */
    public IssuedSecret rotate(PublicUser owner, long keyId) {
        OwnKey key = own(owner, keyId);
        String secret = "ods_" + random(24);
        jdbc.sql("UPDATE open_api_key SET key_prefix = ?, key_digest = ?, rotated_at = ? WHERE id = ? AND owner_id = ? AND revoked_at IS NULL")
                .params(secret.substring(0, 12), digest(secret), utc(clock.instant()), keyId, owner.id()).update();
        return new IssuedSecret(keyId, key.appKey(), secret, key.name(), key.dailyQuota());
    }

    /** Revokes a live key of the user for good. @throws NotFoundException when the user holds no such live key */
    public void revoke(PublicUser owner, long keyId) {
        own(owner, keyId);
        jdbc.sql("UPDATE open_api_key SET enabled = FALSE, revoked_at = ? WHERE id = ? AND owner_id = ?")
                .params(utc(clock.instant()), keyId, owner.id()).update();
    }

    private OwnKey own(PublicUser owner, long keyId) {
        return of(owner).stream().filter(k -> k.id() == keyId && !k.revoked()).findFirst()
                .orElseThrow(() -> new NotFoundException("You hold no live key " + keyId));
    }

    public IssuedKey issue(KeyCommand command, String by) {
        if (command == null || command.name() == null || command.name().isBlank() || command.name().length() > 200) {
            throw InvalidInputException.of("name", "is required, at most 200 characters");
        }
        int quota = command.dailyQuota() == null ? 1000 : command.dailyQuota();
        if (quota < 1 || quota > 10_000_000) {
            throw InvalidInputException.of("dailyQuota", "must be 1..10000000");
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String key = "odk_" + HexFormat.of().formatHex(random);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO open_api_key (key_prefix, key_digest, name, contact, daily_quota, enabled, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)""")
                .params(key.substring(0, 12), digest(key), command.name().strip(), command.contact(), quota, by,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update(keys, "id");
        return new IssuedKey(keys.getKeyAs(Number.class).longValue(), key, command.name().strip(), quota);
    }

    public List<AppKey> list() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        return jdbc.sql("""
                SELECT k.*, COALESCE(c.calls, 0) AS today FROM open_api_key k
                LEFT JOIN open_api_calls c ON c.key_id = k.id AND c.usage_day = ? ORDER BY k.id""").param(today)
                .query((rs, n) -> new AppKey(rs.getLong("id"), rs.getString("key_prefix"), rs.getString("name"), rs.getString("contact"),
                        rs.getInt("daily_quota"), rs.getBoolean("enabled"), rs.getLong("today"))).list();
    }

    /**
     * Counts one call of the key.
     *
     * @throws Refused 401 for a missing, unknown or disabled key; 429 once today's quota is used up
     */
    synchronized long call(String key) {
        return call(key, null).id();
    }

    /**
     * Counts one call of a key: an app key with its secret, or (secret null) a single key the platform admin issued.
     *
     * @throws Refused 401 for a missing, unknown, revoked or disabled key or a wrong secret; 429 once today's quota is
     *                 used up, with the seconds until midnight (Asia/Shanghai)
     */
    synchronized KeyUse call(String key, String secret) {
        if (key == null || key.isBlank()) {
            throw new Refused(401, "An app key is required: send X-App-Key and X-App-Secret (register on the portal to issue one).");
        }
        Optional<KeyUse> found = secret == null || secret.isBlank()
                ? jdbc.sql("SELECT id, daily_quota, key_prefix, owner_id FROM open_api_key WHERE key_digest = ? AND enabled = TRUE AND app_key IS NULL")
                        .param(digest(key.strip())).query(this::use).optional()
                : jdbc.sql("SELECT id, daily_quota, app_key AS key_prefix, owner_id FROM open_api_key WHERE app_key = ? AND key_digest = ? AND enabled = TRUE AND revoked_at IS NULL")
                        .params(key.strip(), digest(secret.strip())).query(this::use).optional();
        KeyUse use = found.orElseThrow(() -> new Refused(401, "Unknown, revoked or disabled app key, or a wrong secret."));
        long[] k = {use.id(), quota(use.id())};
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        long used = jdbc.sql("SELECT COALESCE(MAX(calls), 0) FROM open_api_calls WHERE key_id = ? AND usage_day = ?").params(k[0], today)
                .query(Long.class).single();
        if (used >= k[1]) {
            long retry = Duration.between(clock.instant(), today.plusDays(1).atStartOfDay(ZONE).toInstant()).toSeconds() + 1;
            throw new Refused(429, "The daily quota of " + k[1] + " calls of this app key is used up; it resets at midnight (Asia/Shanghai).",
                    retry);
        }
        if (jdbc.sql("UPDATE open_api_calls SET calls = calls + 1 WHERE key_id = ? AND usage_day = ?").params(k[0], today).update() == 0) {
            try {
                jdbc.sql("INSERT INTO open_api_calls (key_id, usage_day, calls) VALUES (?, ?, 1)").params(k[0], today).update();
            } catch (DuplicateKeyException e) {
                jdbc.sql("UPDATE open_api_calls SET calls = calls + 1 WHERE key_id = ? AND usage_day = ?").params(k[0], today).update();
            }
        }
        return use;
    }

    private KeyUse use(ResultSet rs, int n) throws SQLException {
        long owner = rs.getLong("owner_id");
        return new KeyUse(rs.getLong("id"), rs.getString("key_prefix"), rs.wasNull() ? null : owner);
    }

    private int quota(long keyId) {
        return jdbc.sql("SELECT daily_quota FROM open_api_key WHERE id = ?").param(keyId).query(Integer.class).single();
    }

    private static String random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
