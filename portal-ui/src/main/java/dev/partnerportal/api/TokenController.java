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
import dev.partnerportal.security.PortalAuthenticationDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges a username and password for a bearer token. */
@RestController
@Tag(name = "Authentication")
class TokenController {

    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;

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
            description = "Wrong password, unknown user and disabled account all answer 401 with the same body. "
                    + "Too many failed attempts for this login from this address, or from this address at all, "
                    + "answer 429 with Retry-After; too many sign-ins at this moment answer 503 with Retry-After. "
                    + "Neither 429 nor 503 checks the password, so retry after the given seconds.")
    TokenResponse issue(@Valid @RequestBody TokenRequest request, HttpServletRequest httpRequest) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
        attempt.setDetails(PortalAuthenticationDetails.SOURCE.buildDetails(httpRequest));
        var authenticated = authenticationManager.authenticate(attempt);
        // Issued for the authentication just made, not for the thread's security context: with Vaadin's context
        // holder strategy that context is a browser session's whenever a Vaadin session is current on the thread.
        var issued = tokens.issueFor(authenticated);
        return new TokenResponse(issued.token(), issued.expiresAt());
    }
}
