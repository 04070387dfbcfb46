package dev.partnerportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem bodies for refusals that happen in the security filters, before any controller runs.
 * The texts are fixed and never say why a token was refused (unknown, expired or revoked look the same).
 */
@Component
public class ProblemResponses {

    public static final URI UNAUTHORIZED_TYPE = URI.create("urn:partnerportal:problem:unauthorized");
    public static final URI FORBIDDEN_TYPE = URI.create("urn:partnerportal:problem:forbidden");

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED_TYPE,
                "A valid bearer token is required. Obtain one from POST /api/auth/token.");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response,
                   org.springframework.security.access.AccessDeniedException exception) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, FORBIDDEN_TYPE, "Your role does not allow this request.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
                       String detail) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", type.toString());
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
