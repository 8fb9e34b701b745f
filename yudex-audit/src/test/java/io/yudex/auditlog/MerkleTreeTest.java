package io.yudex.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(MerkleTree.leafHash(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    @Test
    void sm3_ofAbc_isTheStandardsExample() {
        // GB/T 32905-2016 appendix A.1
        assertThat(HexFormat.of().formatHex(MerkleTree.sm3("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void root_followsTheRfc6962Split() {
        List<byte[]> l = leaves(3);
        byte[] expected = MerkleTree.nodeHash(MerkleTree.nodeHash(l.get(0), l.get(1)), l.get(2));
        assertThat(MerkleTree.root(l, 3)).isEqualTo(expected);
        assertThat(MerkleTree.root(l, 1)).isEqualTo(l.get(0));
        assertThat(MerkleTree.largestPowerOfTwoBelow(5)).isEqualTo(4);
        assertThat(MerkleTree.largestPowerOfTwoBelow(4)).isEqualTo(2);
    }

    @Test
    void everyInclusionProof_verifies_inEveryTreeSize() {
        List<byte[]> l = leaves(33);
        for (int size = 1; size <= 33; size++) {
            byte[] root = MerkleTree.root(l, size);
            for (int i = 0; i < size; i++) {
                assertThat(MerkleTree.verifyInclusion(l.get(i), i, size, MerkleTree.inclusionProof(l, i, size), root))
                        .as("leaf %d of %d", i, size).isTrue();
            }
        }
    }

    @Test
    void aChangedLeaf_aWrongIndex_orAnotherRoot_failVerification() {
        List<byte[]> l = leaves(13);
        byte[] root = MerkleTree.root(l, 13);
        List<byte[]> proof = MerkleTree.inclusionProof(l, 5, 13);
        assertThat(MerkleTree.verifyInclusion(MerkleTree.leafHash("forged".getBytes(StandardCharsets.UTF_8)), 5, 13, proof, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(l.get(5), 6, 13, proof, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(l.get(5), 5, 13, proof, MerkleTree.root(l, 12))).isFalse();
        List<byte[]> swapped = new ArrayList<>(l);
        swapped.set(2, l.get(3));
        swapped.set(3, l.get(2));
        assertThat(MerkleTree.root(swapped, 13)).as("reordering changes the root").isNotEqualTo(root);
    }

    @Test
    void everyConsistencyProof_verifies_andATamperedOneDoesNot() {
        List<byte[]> l = leaves(33);
        for (int n = 1; n <= 33; n++) {
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = MerkleTree.consistencyProof(l, m, n);
                assertThat(MerkleTree.verifyConsistency(m, n, MerkleTree.root(l, m), MerkleTree.root(l, n), proof)).as("%d -> %d", m, n).isTrue();
                if (m < n) {
                    assertThat(MerkleTree.verifyConsistency(m, n, MerkleTree.root(l, m - 1 == 0 ? 1 : m - 1), MerkleTree.root(l, n), proof)
                            && m != 1).as("wrong first root %d -> %d", m, n).isFalse();
                    List<byte[]> changed = new ArrayList<>(l);
                    changed.set(m - 1, MerkleTree.leafHash("rewritten".getBytes(StandardCharsets.UTF_8)));
                    assertThat(MerkleTree.verifyConsistency(m, n, MerkleTree.root(l, m), MerkleTree.root(changed, n), proof))
                            .as("history rewritten below %d, %d -> %d", m, n).isFalse();
                }
            }
        }
    }

    @Test
    void aRootFollowsFromTheFrontier_withoutTheOlderLeaves() {
        List<byte[]> l = leaves(40);
        for (int a = 0; a <= 40; a++) {
            List<byte[]> f = MerkleTree.frontier(l, a);
            assertThat(f).hasSize(Integer.bitCount(a));
            for (int b = Math.max(a, 1); b <= 40; b++) {
                assertThat(MerkleTree.rootOfFrontier(MerkleTree.extend(f, a, l.subList(a, b)))).as("%d + %d", a, b).isEqualTo(MerkleTree.root(l, b));
            }
        }
    }
}
