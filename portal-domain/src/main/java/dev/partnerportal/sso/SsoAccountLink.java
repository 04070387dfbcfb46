package dev.partnerportal.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A provider's subject that stands for one portal account; a subject never changes accounts. */
@Entity
@Table(name = "sso_account_link")
class SsoAccountLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "registration_id", nullable = false)
    private String registrationId;

    @Column(nullable = false)
    private String subject;

    @Column(name = "organization_id")
    private @Nullable Long organizationId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected SsoAccountLink() {
    }

    SsoAccountLink(long userId, String registrationId, String subject, @Nullable Long organizationId, Instant now) {
        this.userId = userId;
        this.registrationId = registrationId;
        this.subject = subject;
        this.organizationId = organizationId;
        this.linkedAt = now;
    }

    long getUserId() {
        return userId;
    }

    @Nullable Long getOrganizationId() {
        return organizationId;
    }
}
