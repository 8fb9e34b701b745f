package io.yudex.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.exchange.serving.ServingQuery.Position;
import io.yudex.platform.SecretCipher;
import io.yudex.support.IntegrationTest;
import java.time.Clock;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cursors' key is the platform's, sealed in the database: a second node (or the same one after a restart) reads
 * the same key, so a cursor one node issued pages on at another; the stored form is sealed, not the key.
 */
class PlatformKeysIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecretCipher cipher;

    @Test
    void aCursorIssuedByOneNode_isGoodOnAnother_andTheKeyIsStoredSealed() {
        Cursors first = new Cursors(() -> new PlatformKeys(jdbc, cipher, Clock.systemUTC()).key(Cursors.KEY_NAME, 32));
        Cursors second = new Cursors(() -> new PlatformKeys(jdbc, cipher, Clock.systemUTC()).key(Cursors.KEY_NAME, 32));
        String cursor = first.encode("q", new Position("410105", 42), "410105");
        assertThat(second.decode(cursor, "q", t -> t)).contains(new Position("410105", 42));
        assertThat(new Cursors(new byte[32]).decode(cursor, "q", t -> t)).as("another key refuses it").isEmpty();

        String sealed = jdbc.sql("SELECT sealed FROM platform_key WHERE name = ?").param(Cursors.KEY_NAME).query(String.class).single();
        byte[] key = new PlatformKeys(jdbc, cipher, Clock.systemUTC()).key(Cursors.KEY_NAME, 32);
        assertThat(key).hasSize(32);
        assertThat(sealed).matches("(SM4|AES)-GCM:.+").doesNotContain(HexFormat.of().formatHex(key));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_key WHERE name = ?").param(Cursors.KEY_NAME).query(Long.class).single()).isEqualTo(1);
    }
}
