package dev.partnerportal.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A multipart body over the {@code spring.servlet.multipart} limits is refused while it is parsed, before any
 * controller is chosen, so the API's own handler (bound to this package's controllers) never sees it. This
 * answers it with the same kind of 413 problem body instead of the servlet container's HTML error page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitExceptionHandler {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        var problem = ApiExceptionHandler.problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large",
                "The upload is larger than the server accepts. Nothing was stored.");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
