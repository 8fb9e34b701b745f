package io.yudex.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * RFC 6962 (Certificate Transparency) Merkle tree hashing over SM3: a leaf hashes {@code 0x00 ‖ data}, a node
 * {@code 0x01 ‖ left ‖ right}, and a tree of n leaves splits at the largest power of two below n. Inclusion proofs and
 * their verification follow RFC 6962 §2.1.1 and RFC 9162 §2.1.3.2. Stateless and thread-safe.
 */
public final class MerkleTree {

    private MerkleTree() {}

    public static byte[] leafHash(byte[] data) {
        return hash((byte) 0, data, null);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return hash((byte) 1, left, right);
    }

    /** The root over the first {@code size} leaf hashes; the SM3 of nothing for an empty tree. */
    public static byte[] root(List<byte[]> leaves, int size) {
        if (size == 0) {
            return hash(null, new byte[0], null);
        }
        return subtree(leaves, 0, size);
    }

    /** The audit path of leaf {@code index} in the tree of the first {@code size} leaves, bottom up. */
    public static List<byte[]> inclusionProof(List<byte[]> leaves, int index, int size) {
        if (index < 0 || index >= size || size > leaves.size()) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size + " leaves");
        }
        List<byte[]> path = new ArrayList<>();
        path(leaves, index, 0, size, path);
        return path;
    }

    /** Whether {@code proof} shows that {@code leaf} is leaf {@code index} of the tree of {@code size} leaves with {@code root}. */
    public static boolean verifyInclusion(byte[] leaf, int index, int size, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1L;
        byte[] r = leaf;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    private static void path(List<byte[]> leaves, int index, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (index - from < k) {
            path(leaves, index, from, from + k, out);
            out.add(subtree(leaves, from + k, to));
        } else {
            path(leaves, index, from + k, to, out);
            out.add(subtree(leaves, from, from + k));
        }
    }

    private static byte[] subtree(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(subtree(leaves, from, from + k), subtree(leaves, from + k, to));
    }

    /** The largest power of two strictly below {@code n} (n ≥ 2). */
    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    static byte[] sm3(byte[] data) {
        return hash(null, data, null);
    }

    private static byte[] hash(Byte prefix, byte[] a, byte[] b) {
        SM3Digest d = new SM3Digest();
        if (prefix != null) {
            d.update(prefix);
        }
        d.update(a, 0, a.length);
        if (b != null) {
            d.update(b, 0, b.length);
        }
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }
}
