package dev.partnerportal.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An e-mail domain whose people sign in through one organization's provider; a domain has one organization. */
@Entity
@Table(name = "sso_email_domain")
class SsoEmailDomain {

    public static final int DOMAIN_MAX_LENGTH = 253;

    @Id
    private String domain;

    @Column(name = "connection_id", nullable = false)
    private long connectionId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    protected SsoEmailDomain() {
    }

    SsoEmailDomain(String domain, long connectionId, long organizationId) {
        this.domain = domain;
        this.connectionId = connectionId;
        this.organizationId = organizationId;
    }

    String getDomain() {
        return domain;
    }

    long getConnectionId() {
        return connectionId;
    }

    long getOrganizationId() {
        return organizationId;
    }
}
