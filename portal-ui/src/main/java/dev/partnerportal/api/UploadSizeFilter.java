package dev.partnerportal.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request whose declared length is over the multipart request limit before a byte of its body
 * is read, with a 413 problem body. Bodies without a declared length are counted by the multipart parser,
 * which stops at the same limit ({@link UploadLimitExceptionHandler}).
 */
@Component
class UploadSizeFilter extends OncePerRequestFilter {

    private static final byte[] PROBLEM = """
            {"type":"urn:partnerportal:problem:upload-too-large","title":"Content Too Large","status":413,\
            "detail":"The upload is larger than the server accepts. Nothing was stored."}""".getBytes(StandardCharsets.UTF_8);

    private final long maxRequestBytes;

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            response.setContentLength(PROBLEM.length);
            response.getOutputStream().write(PROBLEM);
            return;
        }
        chain.doFilter(request, response);
    }
}
