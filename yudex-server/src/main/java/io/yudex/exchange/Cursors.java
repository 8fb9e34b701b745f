package io.yudex.exchange;

import io.yudex.exchange.serving.ServingQuery.Position;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque keyset cursors: the last row's sort value and position, bound to the query that produced them (resource,
 * department, filters, sort, fields) and sealed with an HMAC, so that a cursor cannot be edited, forged, or replayed
 * on another query or resource. The key is the platform's own ({@link PlatformKeys}): cursors outlive restarts and
 * are good on every node.
 */
final class Cursors {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 16;
    /** The name of the cursors' key among the platform's keys. */
    static final String KEY_NAME = "data-service.cursors";

    private final java.util.function.Supplier<byte[]> key;

    Cursors(byte[] key) {
        byte[] copy = key.clone();
        this.key = () -> copy;
    }

    /** @param key read once, on first use (the database may not be ready when the service is made) */
    Cursors(java.util.function.Supplier<byte[]> key) {
        this.key = new java.util.function.Supplier<>() {
            private volatile byte[] value;

            @Override
            public byte[] get() {
                byte[] v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value == null ? value = key.get().clone() : value;
                    }
                }
                return v;
            }
        };
    }

    /** @param binding what the cursor is only valid for (see {@link #binding}) */
    String encode(String binding, Position at, String sortValueText) {
        String payload = "1|" + at.pos() + "|" + (sortValueText == null ? "0|" : "1|" + sortValueText);
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(body) + "." + ENCODE.encodeToString(mac(binding, body));
    }

    /**
     * @param parse turns the sort value's text back into the sort item's type
     * @return the position, or empty for a cursor that was altered, forged, or made for another query
     */
    Optional<Position> decode(String cursor, String binding, Function<String, Object> parse) {
        try {
            int dot = cursor.indexOf('.');
            if (dot < 0 || cursor.length() > 8192) {
                return Optional.empty();
            }
            byte[] body = DECODE.decode(cursor.substring(0, dot));
            byte[] mac = DECODE.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(mac, mac(binding, body))) {
                return Optional.empty();
            }
            String[] parts = new String(body, StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length != 4 || !parts[0].equals("1")) {
                return Optional.empty();
            }
            Object value = parts[2].equals("1") ? parse.apply(parts[3]) : null;
            return Optional.of(new Position(value, Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A digest of what a cursor is bound to; the parts are joined unambiguously. */
    static String binding(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            out.append(p == null ? "-" : p.length() + ":" + p);
        }
        return out.toString();
    }

    private byte[] mac(String binding, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            mac.update(binding.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(body), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required on every Java platform", e);
        }
    }
}
