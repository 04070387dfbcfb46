package dev.partnerportal.api;

import dev.partnerportal.identity.ApiTokens;
import dev.partnerportal.identity.PasswordPolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges a username and password for a bearer token. */
@RestController
@Tag(name = "Authentication")
class TokenController {

    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    TokenController(AuthenticationManager authenticationManager, ApiTokens tokens) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
    }

    record TokenRequest(@NotBlank @Size(max = 254) String username,
                        @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    @PostMapping("/api/auth/token")
    @Operation(summary = "Obtain a bearer token",
            description = "Wrong password, unknown user and locked account all answer 401 with the same body.")
    TokenResponse issue(@Valid @RequestBody TokenRequest request, HttpServletRequest httpRequest) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
        attempt.setDetails(details.buildDetails(httpRequest));
        var authenticated = authenticationManager.authenticate(attempt);
        // The API chain is stateless: this context lives for this request only.
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticated);
        SecurityContextHolder.setContext(context);
        try {
            var issued = tokens.issueForCaller();
            return new TokenResponse(issued.token(), issued.expiresAt());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
