package dev.partnerportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded event. Immutable once written. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    public static final int ACTOR_MAX_LENGTH = 254;
    public static final int ACTION_MAX_LENGTH = 60;
    public static final int DETAIL_MAX_LENGTH = 1000;
    public static final int ADDRESS_MAX_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = ACTOR_MAX_LENGTH)
    private @Nullable String actor;

    @Column(name = "organization_id")
    private @Nullable Long organizationId;

    @Column(nullable = false, length = ACTION_MAX_LENGTH)
    private String action;

    @Column(length = DETAIL_MAX_LENGTH)
    private @Nullable String detail;

    @Column(name = "remote_address", length = ADDRESS_MAX_LENGTH)
    private @Nullable String remoteAddress;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, @Nullable String actor, @Nullable Long organizationId, String action,
               @Nullable String detail, @Nullable String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.organizationId = organizationId;
        this.action = action;
        this.detail = detail;
        this.remoteAddress = remoteAddress;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public @Nullable String getActor() {
        return actor;
    }

    public @Nullable Long getOrganizationId() {
        return organizationId;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getDetail() {
        return detail;
    }

    public @Nullable String getRemoteAddress() {
        return remoteAddress;
    }
}
