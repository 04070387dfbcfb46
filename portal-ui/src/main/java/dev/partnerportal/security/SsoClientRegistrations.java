package dev.partnerportal.security;

import dev.partnerportal.sso.SsoRegistrations;
import dev.partnerportal.sso.PartnerProvider;
import dev.partnerportal.sso.SsoSignIn;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * Every OpenID Connect provider the portal knows: the staff providers configured under
 * {@code spring.security.oauth2.client.registration.*}, and each partner organization's provider as registered on
 * its settings page ({@code org-<organization id>}). A partner provider's endpoints come from its issuer's discovery
 * document, read at its first use and again after the organization changes its settings.
 */
@Component
class SsoClientRegistrations implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    private static final Logger log = LoggerFactory.getLogger(SsoClientRegistrations.class);

    private final Map<String, ClientRegistration> staff = new ConcurrentHashMap<>();
    private final Map<String, Discovered> partners = new ConcurrentHashMap<>();
    private final SsoSignIn signIn;

    /** A discovered registration and the settings it was discovered for: any change means discovering again. */
    private record Discovered(PartnerProvider settings, ClientRegistration registration) {
    }

    SsoClientRegistrations(Environment environment, SsoSignIn signIn) {
        this.signIn = signIn;
        var properties = Binder.get(environment)
                .bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
                .orElseGet(OAuth2ClientProperties::new);
        properties.validate();
        new OAuth2ClientPropertiesMapper(properties).asClientRegistrations().values().forEach(this::addStaffRegistration);
    }

    /** A staff provider; its id may not look like a partner organization's. */
    void addStaffRegistration(ClientRegistration registration) {
        if (SsoRegistrations.isPartner(registration.getRegistrationId())) {
            throw new IllegalStateException("staff provider ids may not start with " + SsoRegistrations.PARTNER_PREFIX
                    + ": " + registration.getRegistrationId());
        }
        staff.put(registration.getRegistrationId(), registration);
    }

    void removeStaffRegistration(String registrationId) {
        staff.remove(registrationId);
    }

    /** The staff providers, for the login page's buttons, by name. */
    List<ClientRegistration> staffProviders() {
        var list = new ArrayList<>(staff.values());
        list.sort((a, b) -> a.getClientName().compareToIgnoreCase(b.getClientName()));
        return list;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!SsoRegistrations.isPartner(registrationId)) {
            return staff.get(registrationId);
        }
        var provider = signIn.partnerProvider(registrationId).orElse(null);
        if (provider == null) {
            partners.remove(registrationId);
            return null;
        }
        var known = partners.get(registrationId);
        // Compared in full, not by version alone: a provider removed and registered again starts at version 0.
        if (known != null && known.settings().equals(provider)) {
            return known.registration();
        }
        try {
            var registration = discover(provider);
            partners.put(registrationId, new Discovered(provider, registration));
            return registration;
        } catch (RuntimeException e) {
            log.warn("Identity provider {} of {} could not be discovered: {}", provider.issuer(), registrationId, e.toString());
            return null;
        }
    }

    private static ClientRegistration discover(PartnerProvider provider) {
        return ClientRegistrations.fromIssuerLocation(provider.issuer())
                .registrationId(provider.registrationId())
                .clientId(provider.clientId())
                .clientSecret(provider.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "email", "profile")
                .clientName(provider.registrationId())
                .build();
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        return staffProviders().iterator();
    }
}
