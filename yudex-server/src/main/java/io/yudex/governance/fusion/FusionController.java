package io.yudex.governance.fusion;

import io.yudex.identity.Callers;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Fused base-library records and the per-item sources behind them. */
@RestController
@RequestMapping("/api/v1/governance/fused/{library}")
class FusionController {

    record SourcesRequest(List<FusionSource> sources) {}

    private final FusionService fusion;

    FusionController(FusionService fusion) {
        this.fusion = fusion;
    }

    @GetMapping("/sources")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'AUDITOR')")
    List<FusionSource> sources(@PathVariable String library) {
        return fusion.sources(library, Callers.current());
    }

    @PutMapping("/sources")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    List<FusionSource> replace(@PathVariable String library, @RequestBody SourcesRequest request) {
        return fusion.replace(library, request.sources(), Callers.current());
    }

    @GetMapping("/records/{key}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'AUDITOR')")
    FusedRecord record(@PathVariable String library, @PathVariable String key) {
        return fusion.record(library, key, Callers.current());
    }
}
