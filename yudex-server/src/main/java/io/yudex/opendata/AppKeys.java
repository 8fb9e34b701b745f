package io.yudex.opendata;

import io.yudex.platform.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
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
 * App keys of the open API: issued by the platform admin (public self-registration is not built yet), shown once,
 * kept only as a SHA-256 digest; every call is counted per key and day (Asia/Shanghai) against the key's quota.
 */
@Service
public class AppKeys {

    /** A key as listed: never the key itself. */
    public record AppKey(long id, String prefix, String name, String contact, int dailyQuota, boolean enabled, long callsToday) {}

    /** A key just issued: {@code key} is shown this once. */
    public record IssuedKey(long id, String key, String name, int dailyQuota) {}

    public record KeyCommand(String name, String contact, Integer dailyQuota) {}

    /** The key is missing, unknown or disabled (401), or its quota is used up today (429). */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    AppKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        if (key == null || key.isBlank()) {
            throw new Refused(401, "An app key is required: send it in the X-App-Key header (the platform admin issues keys).");
        }
        Optional<long[]> found = jdbc.sql("SELECT id, daily_quota FROM open_api_key WHERE key_digest = ? AND enabled = TRUE")
                .param(digest(key.strip())).query((rs, n) -> new long[] {rs.getLong("id"), rs.getInt("daily_quota")}).optional();
        long[] k = found.orElseThrow(() -> new Refused(401, "Unknown or disabled app key."));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        long used = jdbc.sql("SELECT COALESCE(MAX(calls), 0) FROM open_api_calls WHERE key_id = ? AND usage_day = ?").params(k[0], today)
                .query(Long.class).single();
        if (used >= k[1]) {
            throw new Refused(429, "The daily quota of " + k[1] + " calls of this app key is used up; it resets at midnight (Asia/Shanghai).");
        }
        if (jdbc.sql("UPDATE open_api_calls SET calls = calls + 1 WHERE key_id = ? AND usage_day = ?").params(k[0], today).update() == 0) {
            try {
                jdbc.sql("INSERT INTO open_api_calls (key_id, usage_day, calls) VALUES (?, ?, 1)").params(k[0], today).update();
            } catch (DuplicateKeyException e) {
                jdbc.sql("UPDATE open_api_calls SET calls = calls + 1 WHERE key_id = ? AND usage_day = ?").params(k[0], today).update();
            }
        }
        return k[0];
    }

    static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
