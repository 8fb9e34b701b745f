package io.yudex.exchange;

import static io.yudex.exchange.ApplicationRepository.utc;

import io.yudex.platform.SecretCipher;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys the platform makes for itself, stored sealed with the platform's secret cipher (SM4-GCM by default) in the
 * control-plane database, so that every node and every restart uses the same key. The first node to need a key makes
 * it; a node that loses the race reads the winner's.
 */
@Component
class PlatformKeys {

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PlatformKeys(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The key of this name, made with {@code bytes} random bytes on first use. */
    byte[] key(String name, int bytes) {
        String sealed = read(name);
        if (sealed == null) {
            byte[] fresh = new byte[bytes];
            random.nextBytes(fresh);
            try {
                jdbc.sql("INSERT INTO platform_key (name, sealed, created_at) VALUES (?, ?, ?)")
                        .params(name, cipher.seal(HexFormat.of().formatHex(fresh), purpose(name)), utc(clock.instant())).update();
            } catch (DuplicateKeyException e) {
                // another node made it first: use that one
            }
            sealed = read(name);
        }
        return HexFormat.of().parseHex(cipher.open(sealed, purpose(name)));
    }

    private String read(String name) {
        return jdbc.sql("SELECT sealed FROM platform_key WHERE name = ?").param(name).query(String.class).optional().orElse(null);
    }

    private static String purpose(String name) {
        return "platform_key." + name;
    }
}
