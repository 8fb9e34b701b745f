package io.yudex.governance;

import io.yudex.platform.InvalidInputException;
import io.yudex.rules.IdentifierChecks;
import io.yudex.rules.IdentifierType;
import io.yudex.rules.UnknownCheckException;
import io.yudex.rules.Verdict;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national-standard identifier checks as a service: any signed-in user (or system) checks up to
 * {@value IdentifierChecks#MAX_BATCH} values a call and gets, per value, validity, the normalised form and every reason.
 */
@RestController
@RequestMapping("/api/v1/governance")
class ValidationController {

    record ValidateRequest(String type, List<String> values) {}

    private final IdentifierChecks checks;

    ValidationController(Clock clock) {
        this.checks = IdentifierChecks.standard(clock);
    }

    @PostMapping("/validate")
    @PreAuthorize("isAuthenticated()")
    List<Verdict> validate(@RequestBody ValidateRequest request) {
        if (request.type() == null || request.type().isBlank()) {
            throw InvalidInputException.of("type", "is required, one of " + types());
        }
        if (request.values() == null) {
            throw InvalidInputException.of("values", "is required: a list of up to " + IdentifierChecks.MAX_BATCH + " values");
        }
        if (request.values().size() > IdentifierChecks.MAX_BATCH) {
            throw InvalidInputException.of("values", "at most " + IdentifierChecks.MAX_BATCH + " values a call, not " + request.values().size());
        }
        try {
            return checks.checkAll(request.type().strip(), request.values());
        } catch (UnknownCheckException e) {
            throw InvalidInputException.of("type", e.getMessage());
        }
    }

    private static List<String> types() {
        return Arrays.stream(IdentifierType.values()).map(IdentifierType::apiName).toList();
    }
}
