/** The tamper-evident audit log: an append-only Merkle tree over SM3 with SM2-signed checkpoints and proofs. */
package io.yudex.audit;
