package io.yudex.audit;

import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for auditors and the platform admin: entries, signed checkpoints, inclusion proofs, verification. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    record PublicKey(String algorithm, String curve, String publicKeyHex) {}

    private final AuditLog log;
    private final AuditSigner signer;

    AuditController(AuditLog log, AuditSigner signer) {
        this.log = log;
        this.signer = signer;
    }

    @GetMapping("/entries")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    List<AuditEntry> entries(@RequestParam(defaultValue = "0") long offset, @RequestParam(defaultValue = "100") int limit) {
        if (offset < 0 || limit < 1 || limit > 10_000) {
            throw InvalidInputException.of("limit", "offset must be >= 0 and limit between 1 and 10000");
        }
        return log.entries(offset, limit);
    }

    /** The latest signed checkpoint (a new one is signed first when entries were added since). */
    @GetMapping("/checkpoints/latest")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    Checkpoint latest() {
        return log.checkpoint();
    }

    @GetMapping("/entries/{index}/proof")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    AuditLog.Proof proof(@PathVariable long index, @RequestParam(required = false) Long size) {
        long treeSize = size != null ? size : log.latest().map(Checkpoint::treeSize).orElseThrow(() -> new NotFoundException("No checkpoint yet"));
        try {
            return log.proof(index, treeSize);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("size", e.getMessage());
        }
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAnyRole('AUDITOR', 'PLATFORM_ADMIN')")
    AuditLog.Verification verify() {
        return log.verify();
    }

    @GetMapping("/public-key")
    @PreAuthorize("isAuthenticated()")
    PublicKey publicKey() {
        return new PublicKey("SM2 (GB/T 32918) over SM3, RFC 6962 Merkle tree", "sm2p256v1", signer.publicKeyHex());
    }
}
