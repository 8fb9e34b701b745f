package io.yudex.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Encryption of secrets at rest under {@code yudex.crypto.*} (GB/T 39786: SM4 by default, AES as the international
 * alternative).
 *
 * @param algorithm  SM4 or AES (both GCM, 128-bit key); what is already stored stays readable after a change
 * @param masterKey  the base64 128-bit key, e.g. from a secret store; when absent the key file is used
 * @param keyFile    where the generated key is kept when no master key is given (default: {@code keys/master.key}
 *                   under the data dir), readable by the owner only
 */
@ConfigurationProperties("yudex.crypto")
public record CryptoProperties(@DefaultValue("SM4") SecretCipher.Algorithm algorithm, String masterKey, Path keyFile) {}
