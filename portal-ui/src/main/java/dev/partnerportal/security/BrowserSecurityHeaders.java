package dev.partnerportal.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers that tell browsers what the portal's pages may do: a Content-Security-Policy, a
 * Referrer-Policy and a Permissions-Policy, on both filter chains (Spring Security adds HSTS over HTTPS,
 * X-Frame-Options, X-Content-Type-Options and no-cache itself). Checked in Chromium on every route by
 * {@code ContentSecurityPolicyEndToEndTest}.
 */
final class BrowserSecurityHeaders {

    /**
     * The policy Vaadin 25's production bundle runs under ({@code ContentSecurityPolicyEndToEndTest} reads
     * Chromium's console on every route). Scripts: only the portal's own files, plus {@code 'unsafe-inline'} because Vaadin's
     * bootstrap page carries inline scripts without a nonce, and {@code 'unsafe-eval'} because Flow runs the
     * JavaScript the server sends ({@code executeJs}, component property bindings) through
     * {@code new Function}; Vaadin's strict (nonce) mode needs a custom frontend bundle, which ADR 003 rules
     * out. Styles: {@code 'unsafe-inline'} because Vaadin components and Lumo set style attributes and
     * inject style elements at run time. Everything else is the portal's own origin; images also as
     * {@code data:} and {@code blob:} URLs (Lumo's icons, uploaded logo previews). No plug-ins, no framing
     * by other sites, no {@code <base>} or form posts elsewhere.
     */
    static final String USER_INTERFACE_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /** The API answers JSON, CSV and files that are never pages: nothing in them may run or load anything. */
    static final String API_POLICY = String.join("; ",
            "default-src 'none'",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "form-action 'none'");

    /** Browser features the portal never uses, switched off for it and anything it could embed. */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "geolocation=()", "gyroscope=()", "magnetometer=()",
            "microphone=()", "payment=()", "usb=()");

    /**
     * Spring Security normally adds its headers when the response is committed. Vaadin's pages reach its
     * servlet through a forward, and the servlet container commits a forwarded response itself, past that
     * hook, so pages went out without any of these headers. Writing them before the request is handled
     * puts them on every answer.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> WRITE_BEFORE_THE_RESPONSE = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    private BrowserSecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> forUserInterface() {
        return headers -> apply(headers, USER_INTERFACE_POLICY);
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> forApi() {
        return headers -> apply(headers, API_POLICY);
    }

    /**
     * {@code same-origin}: the full address only to the portal itself, nothing to other sites, so a reset or
     * invitation token in an address never leaves it; it matches the referrer meta tag of every page.
     */
    private static void apply(HeadersConfigurer<HttpSecurity> headers, String policy) {
        headers.addObjectPostProcessor(WRITE_BEFORE_THE_RESPONSE);
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }
}
