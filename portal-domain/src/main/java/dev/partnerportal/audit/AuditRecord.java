package dev.partnerportal.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the audit log as administrators read it: when, who, which organization, what, and from where. */
public record AuditRecord(long id, Instant occurredAt, @Nullable String actor, @Nullable Long organizationId,
                          String action, @Nullable String detail, @Nullable String remoteAddress) {

    static AuditRecord of(AuditEntry entry) {
        return new AuditRecord(entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getOrganizationId(),
                entry.getAction(), entry.getDetail(), entry.getRemoteAddress());
    }
}
