package dev.partnerportal.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What to look for in the audit log; every part is optional. {@code actor} matches a part of the name, any case. */
public record AuditFilter(@Nullable AuditAction action, @Nullable String actor, @Nullable Instant from,
                          @Nullable Instant until) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
