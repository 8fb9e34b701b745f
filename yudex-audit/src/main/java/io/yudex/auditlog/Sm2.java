package io.yudex.auditlog;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;

/** SM2 signatures (GB/T 32918, curve sm2p256v1, default user id) over raw messages; keys as hex. */
public final class Sm2 {

    private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sm2() {}

    /** A new private key: a uniformly random scalar in [1, n-2]. */
    public static BigInteger newPrivateKey() {
        BigInteger d;
        do {
            d = new BigInteger(DOMAIN.getN().bitLength(), RANDOM);
        } while (d.signum() == 0 || d.compareTo(DOMAIN.getN().subtract(BigInteger.TWO)) > 0);
        return d;
    }

    /** The public key of {@code d} as an uncompressed point in hex ({@code 04 ‖ x ‖ y}). */
    public static String publicKeyHex(BigInteger d) {
        return HexFormat.of().formatHex(DOMAIN.getG().multiply(d).normalize().getEncoded(false));
    }

    /** @return the base64 DER signature */
    public static String sign(BigInteger d, byte[] message) {
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithRandom(new ECPrivateKeyParameters(d, DOMAIN), RANDOM));
        signer.update(message, 0, message.length);
        try {
            return Base64.getEncoder().encodeToString(signer.generateSignature());
        } catch (CryptoException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    /** Whether {@code signature} (base64 DER) signs {@code message} under the key; false for any malformed input. */
    public static boolean verify(String publicKeyHex, byte[] message, String signature) {
        try {
            ECPoint q = CURVE.getCurve().decodePoint(HexFormat.of().parseHex(publicKeyHex));
            SM2Signer verifier = new SM2Signer();
            verifier.init(false, new ECPublicKeyParameters(q, DOMAIN));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(Base64.getDecoder().decode(signature));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
