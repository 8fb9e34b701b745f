package io.yudex.auditlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * RFC 6962 (Certificate Transparency) Merkle tree hashing over SM3: a leaf hashes {@code 0x00 ‖ data}, a node
 * {@code 0x01 ‖ left ‖ right}, and a tree of n leaves splits at the largest power of two below n. Inclusion proofs and
 * their verification follow RFC 6962 §2.1.1 and RFC 9162 §2.1.3.2, consistency proofs RFC 6962 §2.1.2 and RFC 9162
 * §2.1.4.2. A tree's left part can also be summed up by its {@link #frontier frontier} (the roots of the perfect subtrees
 * of its binary decomposition), from which later roots follow without the older leaves: that is what archived
 * segments keep. Stateless and thread-safe.
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

    /** The consistency proof between the trees of the first {@code m} and {@code n} leaves (RFC 6962 §2.1.2), 0 < m ≤ n. */
    public static List<byte[]> consistencyProof(List<byte[]> leaves, int m, int n) {
        if (m < 1 || m > n || n > leaves.size()) {
            throw new IllegalArgumentException("no consistency proof from " + m + " to " + n + " leaves (the tree has " + leaves.size() + ")");
        }
        List<byte[]> out = new ArrayList<>();
        subproof(leaves, m, 0, n, true, out);
        return out;
    }

    /** Whether {@code proof} shows that the tree of {@code m} leaves with {@code firstRoot} is a prefix of the one of {@code n} with {@code secondRoot}. */
    public static boolean verifyConsistency(long m, long n, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (m < 1 || m > n) {
            return false;
        }
        if (m == n) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(m) == 1) {
            path.addFirst(firstRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = m - 1;
        long sn = n - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    /** The roots of the perfect subtrees that make up the tree of the first {@code size} leaves, largest (leftmost) first. */
    public static List<byte[]> frontier(List<byte[]> leaves, int size) {
        return extend(List.of(), 0, leaves.subList(0, size));
    }

    /**
     * The frontier of the tree of {@code frontierSize + more.size()} leaves, from the frontier of the first
     * {@code frontierSize} leaves and the leaf hashes that follow.
     */
    public static List<byte[]> extend(List<byte[]> frontier, long frontierSize, List<byte[]> more) {
        List<byte[]> stack = new ArrayList<>(frontier);
        List<Long> sizes = new ArrayList<>();
        for (long bit = Long.highestOneBit(frontierSize); bit > 0; bit >>= 1) {
            if ((frontierSize & bit) != 0) {
                sizes.add(bit);
            }
        }
        if (sizes.size() != stack.size()) {
            throw new IllegalArgumentException("a tree of " + frontierSize + " leaves has " + sizes.size() + " frontier hashes, not " + stack.size());
        }
        for (byte[] leaf : more) {
            stack.add(leaf);
            sizes.add(1L);
            while (sizes.size() > 1 && sizes.get(sizes.size() - 1).equals(sizes.get(sizes.size() - 2))) {
                byte[] right = stack.removeLast();
                byte[] left = stack.removeLast();
                long s = sizes.removeLast();
                sizes.removeLast();
                stack.add(nodeHash(left, right));
                sizes.add(2 * s);
            }
        }
        return stack;
    }

    /** The root of a tree given by its frontier (see {@link #frontier}). */
    public static byte[] rootOfFrontier(List<byte[]> frontier) {
        if (frontier.isEmpty()) {
            return hash(null, new byte[0], null);
        }
        byte[] r = frontier.getLast();
        for (int i = frontier.size() - 2; i >= 0; i--) {
            r = nodeHash(frontier.get(i), r);
        }
        return r;
    }

    private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean complete, List<byte[]> out) {
        int n = to - from;
        if (m == n) {
            if (!complete) {
                out.add(subtree(leaves, from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, complete, out);
            out.add(subtree(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, out);
            out.add(subtree(leaves, from, from + k));
        }
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

    /** Plain SM3 of the bytes. */
    public static byte[] sm3(byte[] data) {
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
