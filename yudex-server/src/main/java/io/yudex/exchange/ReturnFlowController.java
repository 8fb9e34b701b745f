package io.yudex.exchange;

import io.yudex.identity.Callers;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The return-flow API: {@code GET /api/v1/sharing/return-flows[/{code}]}, {@code PUT …/{code}} {@code {"items","note"}}
 * to mark (or change) and {@code DELETE …/{code}?reason=} to end. The standing grants themselves are grants
 * ({@code /api/v1/sharing/grants}, {@code "returnFlow": true}).
 */
@RestController
@RequestMapping("/api/v1/sharing/return-flows")
class ReturnFlowController {

    private final ReturnFlowService flows;

    ReturnFlowController(ReturnFlowService flows) {
        this.flows = flows;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<ReturnFlow> list() {
        return flows.list();
    }

    @GetMapping("/{classification}/{sequence}")
    @PreAuthorize("isAuthenticated()")
    ReturnFlow get(@PathVariable String classification, @PathVariable String sequence) {
        return flows.get(classification + "/" + sequence);
    }

    @PutMapping("/{classification}/{sequence}")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    ReturnFlow mark(@PathVariable String classification, @PathVariable String sequence, @RequestBody(required = false) ReturnFlowCommand command) {
        return flows.mark(classification + "/" + sequence, command, Callers.current());
    }

    @DeleteMapping("/{classification}/{sequence}")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'PLATFORM_ADMIN')")
    Map<String, Object> end(@PathVariable String classification, @PathVariable String sequence, @RequestParam(required = false) String reason) {
        return Map.of("resourceCode", classification + "/" + sequence, "revokedGrants", flows.end(classification + "/" + sequence, reason, Callers.current()));
    }
}
