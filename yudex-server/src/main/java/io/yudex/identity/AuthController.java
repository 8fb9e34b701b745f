package io.yudex.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.FieldError;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The token endpoint: people send user name and password, systems send client id and secret. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    record TokenRequest(
            @Size(max = 64) String username,
            @Size(max = 128) String password,
            @JsonProperty("client_id") @Size(max = 64) String clientId,
            @JsonProperty("client_secret") @Size(max = 128) String clientSecret) {}

    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {}

    private final TokenService tokens;

    AuthController(TokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/token")
    @PreAuthorize("permitAll()")
    ResponseEntity<TokenResponse> token(@Validated @RequestBody TokenRequest request) {
        AccessToken token;
        if (request.username() != null) {
            require(request.password(), "password");
            token = tokens.forUser(request.username(), request.password());
        } else if (request.clientId() != null) {
            require(request.clientSecret(), "client_secret");
            token = tokens.forClient(request.clientId(), request.clientSecret());
        } else {
            throw new InvalidInputException(List.of(new FieldError("username", "send username and password, or client_id and client_secret")));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new TokenResponse(token.accessToken(), token.tokenType(), token.expiresIn()));
    }

    private static void require(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw InvalidInputException.of(field, "is required");
        }
    }
}
