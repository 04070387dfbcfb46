package dev.partnerportal.sso;

import dev.partnerportal.shared.OrganizationId;

/** What the OAuth2 client needs to send a partner organization's people to its provider. */
public record PartnerProvider(String registrationId, OrganizationId organization, String issuer, String clientId,
                              String clientSecret, long version) {

    @Override
    public String toString() {
        return "PartnerProvider[" + registrationId + ", " + issuer + "]";
    }
}
