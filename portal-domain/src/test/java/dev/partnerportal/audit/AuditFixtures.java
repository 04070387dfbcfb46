package dev.partnerportal.audit;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log without a signed-in administrator, for tests of the features that write to it. */
@Component
@Transactional(readOnly = true)
public class AuditFixtures {

    private final AuditEntries entries;

    AuditFixtures(AuditEntries entries) {
        this.entries = entries;
    }

    /** Every entry of {@code action}, oldest first. */
    public List<AuditRecord> recorded(AuditAction action) {
        return entries.findByActionOrderByIdAsc(action.name()).stream().map(AuditRecord::of).toList();
    }

    /** Every entry, in the repository's order. */
    public List<AuditRecord> all() {
        return entries.findAll().stream().map(AuditRecord::of).toList();
    }
}
