package io.yudex.notification;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Signs a push the way the receiver checks it: {@code X-Yudex-Signature: t=<unix seconds>,sm3=<hex>} where the hex is
 * HMAC-SM3(secret, t + "." + body). The time inside the signature lets the receiver refuse replays of old pushes.
 */
final class WebhookSigner {

    private WebhookSigner() {}

    static String header(String secret, long epochSecond, String body) {
        return "t=" + epochSecond + ",sm3=" + hmac(secret, epochSecond + "." + body);
    }

    static String hmac(String secret, String message) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(secret.getBytes(StandardCharsets.UTF_8)));
        byte[] in = message.getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
