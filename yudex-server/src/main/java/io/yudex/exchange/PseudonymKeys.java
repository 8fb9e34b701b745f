package io.yudex.exchange;

import io.yudex.platform.SecretCipher;
import io.yudex.standards.masking.HmacKey;
import java.security.SecureRandom;
import java.security.Security;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.stereotype.Component;

/**
 * The key of each grant's keyed pseudonyms (HMAC-SM3): 32 random bytes made on first use and stored sealed with the
 * platform's secret cipher, so that one consumer sees the same token for the same person on every request while
 * two grants (and so two consumers) never share tokens.
 */
@Component
class PseudonymKeys {

    static final String PURPOSE = "share_grant.pseudonym_key";

    static {
        // MaskingRule's HASH(SM3) looks HmacSM3 up by name
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private final GrantRepository grants;
    private final SecretCipher cipher;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<Long, HmacKey> keys = new ConcurrentHashMap<>();

    PseudonymKeys(GrantRepository grants, SecretCipher cipher) {
        this.grants = grants;
        this.cipher = cipher;
    }

    HmacKey of(long grantId) {
        return keys.computeIfAbsent(grantId, id -> {
            String sealed = grants.pseudonymKey(id).orElseGet(() -> {
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                return grants.storePseudonymKey(id, cipher.seal(HexFormat.of().formatHex(fresh), PURPOSE));
            });
            return HmacKey.of(HexFormat.of().parseHex(cipher.open(sealed, PURPOSE)));
        });
    }
}
