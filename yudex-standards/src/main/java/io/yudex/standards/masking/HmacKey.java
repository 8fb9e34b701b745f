package io.yudex.standards.masking;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Secret key for the keyed {@link MaskingRule.Hash HASH} rule. Holds a private copy of the bytes
 * and never prints them. Two keys are equal when their bytes are.
 */
public final class HmacKey {

    /** Shorter keys make pseudonyms guessable by brute force over the key. */
    public static final int MINIMUM_BYTES = 16;

    private final byte[] bytes;

    private HmacKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes key material; copied, so the caller may wipe its array afterwards
     * @throws IllegalArgumentException if null or shorter than {@value #MINIMUM_BYTES} bytes
     */
    public static HmacKey of(byte[] bytes) {
        if (bytes == null || bytes.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("HMAC key must be at least " + MINIMUM_BYTES + " bytes, got "
                    + (bytes == null ? "null" : bytes.length));
        }
        return new HmacKey(bytes.clone());
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HmacKey key && MessageDigest.isEqual(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "HmacKey[" + bytes.length + " bytes, redacted]";
    }
}
