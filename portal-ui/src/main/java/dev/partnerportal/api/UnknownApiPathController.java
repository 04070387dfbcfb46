package dev.partnerportal.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers any unmapped {@code /api} path with a 404 problem body instead of letting the request fall
 * through to the Vaadin application, which would answer with an HTML page.
 */
@RestController
@Hidden
class UnknownApiPathController {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException(ApiError.UNKNOWN_PATH, request.getRequestURI());
    }
}
