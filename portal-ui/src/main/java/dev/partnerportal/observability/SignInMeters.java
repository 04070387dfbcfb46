package dev.partnerportal.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * {@code portal.signin.failures}: refused sign-ins on this node, from the sign-in form and the API's token endpoint
 * (both go through the one authentication manager, which publishes the failure events). A jump is a guessing
 * attack or a broken single sign-on; the audit log names the accounts.
 */
@Component
class SignInMeters {

    private final Counter failures;

    SignInMeters(MeterRegistry registry) {
        this.failures = Counter.builder("portal.signin.failures")
                .description("Refused sign-ins (wrong password, locked or disabled account, throttled)")
                .register(registry);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        failures.increment();
    }
}
