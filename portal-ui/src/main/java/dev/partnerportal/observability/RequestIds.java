package dev.partnerportal.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request an id in the log context ({@link LogFields#REQUEST_ID}), before security runs, so all
 * lines one request writes can be found together. A proxy's {@code X-Request-Id} (nginx: {@code $request_id}) is
 * taken when it is a plain token, so the proxy's access log and the portal's lines share it; anything else gets a
 * new id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var given = request.getHeader(HEADER);
        var id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        try (var ignored = MDC.putCloseable(LogFields.REQUEST_ID, id)) {
            chain.doFilter(request, response);
        }
    }
}
