package io.yudex.audit;

import io.yudex.platform.YudexProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.springframework.stereotype.Component;

/**
 * Signs checkpoints with the platform's SM2 key (GB/T 32918, curve sm2p256v1), kept under the data dir and created on
 * first start (owner-only). Anyone holding the public key verifies a checkpoint offline.
 */
@Component
public class AuditSigner {

    private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

    private final ECPrivateKeyParameters privateKey;
    private final ECPublicKeyParameters publicKey;
    private final SecureRandom random = new SecureRandom();

    AuditSigner(YudexProperties properties) {
        BigInteger d = loadOrCreate(properties.dataDir().resolve("keys/audit-sm2.key"));
        this.privateKey = new ECPrivateKeyParameters(d, DOMAIN);
        this.publicKey = new ECPublicKeyParameters(DOMAIN.getG().multiply(d).normalize(), DOMAIN);
    }

    String sign(byte[] message) {
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithRandom(privateKey, random));
        signer.update(message, 0, message.length);
        try {
            return Base64.getEncoder().encodeToString(signer.generateSignature());
        } catch (CryptoException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    /** The public key as an uncompressed point in hex ({@code 04 ‖ x ‖ y}). */
    public String publicKeyHex() {
        return HexFormat.of().formatHex(publicKey.getQ().getEncoded(false));
    }

    /** Verifies a checkpoint's signature against a public key given in hex; false for any malformed input. */
    public static boolean verify(Checkpoint c, String publicKeyHex) {
        try {
            ECPoint q = CURVE.getCurve().decodePoint(HexFormat.of().parseHex(publicKeyHex));
            SM2Signer verifier = new SM2Signer();
            verifier.init(false, new ECPublicKeyParameters(q, DOMAIN));
            byte[] message = c.signedBytes();
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(Base64.getDecoder().decode(c.signature()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private BigInteger loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return new BigInteger(Files.readString(file).strip(), 16);
            }
            Files.createDirectories(file.getParent());
            BigInteger d;
            do {
                d = new BigInteger(DOMAIN.getN().bitLength(), random);
            } while (d.signum() == 0 || d.compareTo(DOMAIN.getN().subtract(BigInteger.TWO)) > 0);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, d.toString(16));
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit key " + file, e);
        }
    }
}
