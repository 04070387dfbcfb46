package dev.partnerportal.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.partnerportal.identity.AccountStatus;
import dev.partnerportal.identity.ApiTokens;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.sso.SsoSignIn;
import dev.partnerportal.ui.identity.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two filter chains. {@code /api/**} is stateless and takes bearer tokens; everything else is the Vaadin
 * application with a session, a login view, session fixation protection and an idle timeout
 * ({@code server.servlet.session.timeout}). Method security is on: services declare who may call them with
 * {@code @PreAuthorize}. JSR-250 annotations stay off for method security on purpose: they mark who may open a
 * Vaadin route, which Vaadin's navigation access control reads itself. With them on, Spring proxied every view and
 * layout and, because a proxied bean's advisors are not cached, matched every advisor against every method of the
 * view each time a view was created: 45% of the processor under load (docs/benchmarks/capacity.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class WebSecurityConfiguration {

    /** The one authentication manager for form login and the token endpoint, so both share the limiter. */
    @Bean
    AuthenticationManager authenticationManager(PortalAuthenticationProvider provider,
                                                AuthenticationEventPublisher events) {
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
        AuthenticationManager bearerTokens = authentication -> {
            var presented = ((BearerTokenAuthenticationToken) authentication).getToken();
            var principal = tokens.authenticate(presented)
                    .orElseThrow(() -> new InvalidBearerTokenException("The token is unknown, expired or revoked."));
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        };
        return http
                .securityMatcher("/api/**")
                .headers(BrowserSecurityHeaders.forApi())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/auth/token").permitAll()
                        // Open Badges hosted verification: badge platforms fetch assertions without a login.
                        .requestMatchers(HttpMethod.GET, "/api/public/**").permitAll()
                        // One-click unsubscribe (RFC 8058): mail programs POST without a login; the link is signed.
                        .requestMatchers(HttpMethod.POST, "/api/public/unsubscribe/*").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(request -> bearerTokens)
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http, AccountStatus accounts, SsoSignIn ssoSignIn,
                                          SsoClientRegistrations ssoRegistrations) throws Exception {
        var ssoOutcome = new SsoSignInOutcome(ssoSignIn);
        return http
                .addFilterAfter(new ActiveAccountFilter(accounts), SecurityContextHolderFilter.class)
                .headers(BrowserSecurityHeaders.forUserInterface())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/styles/**", "/images/**").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // The login page is named here, before Vaadin's configurer names it too: a form login without
                // one would switch on Spring Security's generated login page in place of the Vaadin view.
                .formLogin(form -> form
                        .loginPage("/" + LoginView.ROUTE)
                        .authenticationDetailsSource(PortalAuthenticationDetails.SOURCE)
                        .failureHandler(new SignInFailureHandler()))
                // Single sign-on (docs/features/sso.md): staff and partner organizations' OpenID Connect providers.
                .oauth2Login(sso -> sso
                        .loginPage("/" + LoginView.ROUTE)
                        .clientRegistrationRepository(ssoRegistrations)
                        .authorizedClientRepository(new NoAuthorizedClients())
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SsoUserService(ssoSignIn)))
                        .successHandler(ssoOutcome)
                        .failureHandler(ssoOutcome))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .logoutSuccessHandler(new SsoLogoutSuccess(ssoRegistrations)))
                .build();
    }
}
