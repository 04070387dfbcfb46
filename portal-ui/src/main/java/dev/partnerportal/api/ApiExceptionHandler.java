package dev.partnerportal.api;

import dev.partnerportal.observability.LogFields;
import com.vaadin.flow.i18n.I18NProvider;
import dev.partnerportal.identity.SignInBusyException;
import dev.partnerportal.identity.SignInDeferredException;
import dev.partnerportal.shared.ErrorKind;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.i18n.ErrorMessages;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem body, mapped here and nowhere else. A refused request
 * ({@link RuleViolation}) carries its stable {@code code} and the translated message as detail (English
 * unless the request asks for another language); validation errors name the fields; unexpected failures
 * carry only an incident id that is also in the log, never a stack trace or exception message.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    static final String BAD_CREDENTIALS = "Invalid username or password.";

    private final I18NProvider translations;

    ApiExceptionHandler(I18NProvider translations) {
        this.translations = translations;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail refused(RuleViolation violation, WebRequest request) {
        var locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.ENGLISH : request.getLocale();
        var problem = problem(status(violation.kind()), violation.error().problemType(),
                ErrorMessages.text(translations, violation, locale));
        problem.setProperty("code", violation.code());
        violation.details().forEach(problem::setProperty);
        return problem;
    }

    static HttpStatus status(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    /**
     * A sign-in that was not decided: 503 when the portal is busy checking other sign-ins, 429 after too many
     * failures; both with Retry-After. It is an {@code AuthenticationException} (Spring Security needs that),
     * not a {@link RuleViolation}, so it has its own mapping, more specific than the 401 below.
     */
    @ExceptionHandler(SignInDeferredException.class)
    ResponseEntity<ProblemDetail> signInDeferred(SignInDeferredException e) {
        boolean busy = e instanceof SignInBusyException;
        var problem = problem(busy ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.TOO_MANY_REQUESTS,
                busy ? "sign-in-busy" : "sign-in-throttled", busy
                ? "Too many sign-ins at this moment. Try again after the number of seconds in Retry-After."
                : "Too many failed sign-ins. Try again after the number of seconds in Retry-After.");
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(BadCredentialsException.class)
    ProblemDetail badCredentials() {
        return problem(HttpStatus.UNAUTHORIZED, "bad-credentials", BAD_CREDENTIALS);
    }

    @ExceptionHandler(org.springframework.security.core.AuthenticationException.class)
    ProblemDetail otherAuthenticationFailure() {
        return problem(HttpStatus.UNAUTHORIZED, "bad-credentials", BAD_CREDENTIALS);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied() {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this request.");
    }

    /**
     * Bad input caught by a programming guard or a library (an enum name that does not exist): still 400, but
     * the guard's own text is ours, not the client's, so it is not echoed. Refusals a client can act on are
     * {@link RuleViolation}s with a code.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        log.debug("Bad request refused by a guard", e);
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "The request is invalid.");
    }

    /** Method-level constraints on parameters (for example {@code @Min} on a query value). */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.");
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList());
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        var incident = UUID.randomUUID().toString();
        LogFields.withIncident(incident, () -> log.error("Unexpected API failure, incident {}", incident, e));
        var problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Something went wrong on our side. Quote incident " + incident + " when reporting it.");
        problem.setProperty("incident", incident);
        return problem;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.");
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Every other framework-detected client error (unreadable or wrongly typed body, a parameter of the wrong
     * type or missing, an unsupported method or media type): a problem with our type URN and no exception text.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is4xxClientError()) {
            var problem = body instanceof ProblemDetail detail ? detail
                    : ProblemDetail.forStatusAndDetail(statusCode, "The request is malformed.");
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setType(URI.create("urn:partnerportal:problem:bad-request"));
            }
            if (ex instanceof HttpMessageNotReadableException) {
                // Jackson's message names classes and positions of our code; say only what is wrong.
                problem.setDetail("The request body is missing or is not valid JSON of the expected shape.");
            }
            return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    record FieldProblem(String field, @Nullable String message) {
    }

    static ProblemDetail problem(HttpStatus status, String type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:partnerportal:problem:" + type));
        return problem;
    }
}
