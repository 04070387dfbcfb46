package dev.partnerportal.sso;

/**
 * How the OAuth2 client names providers: a partner organization's is {@code org-<organization id>}; any other id
 * is a staff provider configured by properties.
 */
public final class SsoRegistrations {

    /** Registration ids of partner organizations' providers: this prefix and the organization id. */
    public static final String PARTNER_PREFIX = "org-";

    private SsoRegistrations() {
    }

    /** True when the registration id names a partner organization's provider rather than a staff provider. */
    public static boolean isPartner(String registrationId) {
        return registrationId.startsWith(PARTNER_PREFIX);
    }
}
