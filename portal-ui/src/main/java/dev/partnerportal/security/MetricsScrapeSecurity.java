package dev.partnerportal.security;

import dev.partnerportal.shared.Sha256;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Prometheus scrape ({@code /actuator/prometheus}) answers only a request carrying
 * {@code Authorization: Bearer <portal.metrics.scrape-token>}; everyone else gets 401, and without a configured
 * token nobody is let in. Metrics name no one, but they show how busy the portal is and how often sign-ins fail,
 * which is nobody else's business. A shared secret rather than a sign-in, because Prometheus sends a fixed
 * credential from a file, and on the application port rather than a management port, because the health probes the
 * load balancer uses stay where they are (docs/operations.md, "Metrics").
 */
@Configuration(proxyBeanMethods = false)
class MetricsScrapeSecurity {

    static final String PATH = "/actuator/prometheus";
    static final int TOKEN_MIN_LENGTH = 32;

    @Bean
    @Order(0)
    SecurityFilterChain metricsScrapeFilterChain(HttpSecurity http,
                                                 @Value("${portal.metrics.scrape-token:}") String token) throws Exception {
        if (!token.isEmpty() && token.length() < TOKEN_MIN_LENGTH) {
            throw new IllegalStateException("portal.metrics.scrape-token (PORTAL_METRICS_TOKEN) must be at least "
                    + TOKEN_MIN_LENGTH + " characters: generate one with 'openssl rand -hex 32'");
        }
        var expected = token.isEmpty() ? null : Sha256.hex(token).getBytes(StandardCharsets.US_ASCII);
        return http
                .securityMatcher(PATH)
                .headers(BrowserSecurityHeaders.forApi())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .access((authentication, context) -> new AuthorizationDecision(presents(context.getRequest(), expected))))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> refuse(response))
                        .accessDeniedHandler((request, response, e) -> refuse(response)))
                .build();
    }

    private static boolean presents(HttpServletRequest request, byte[] expected) {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (expected == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // Compared as digests, in constant time: the answer tells nothing about how much of the token was right.
        return MessageDigest.isEqual(expected, Sha256.hex(header.substring(7).strip()).getBytes(StandardCharsets.US_ASCII));
    }

    private static void refuse(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"metrics\"");
    }
}
