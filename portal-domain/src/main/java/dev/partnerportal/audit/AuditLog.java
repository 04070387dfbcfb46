package dev.partnerportal.audit;

import java.util.ArrayList;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: administrators only, newest first, with filters. */
@Service
public class AuditLog {

    private final AuditEntries entries;

    AuditLog(AuditEntries entries) {
        this.entries = entries;
    }

    /** A page of entries matching {@code filter}, newest first whatever {@code pageable} sorts by. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AuditRecord> search(AuditFilter filter, Pageable pageable) {
        var conditions = new ArrayList<Specification<AuditEntry>>();
        if (filter.action() != null) {
            conditions.add((root, query, cb) -> cb.equal(root.get("action"), filter.action().name()));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            var pattern = "%" + filter.actor().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add((root, query, cb) -> cb.like(cb.lower(root.get("actor")), pattern, '\\'));
        }
        if (filter.from() != null) {
            conditions.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
        }
        if (filter.until() != null) {
            conditions.add((root, query, cb) -> cb.lessThan(root.get("occurredAt"), filter.until()));
        }
        var newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "occurredAt").and(Sort.by(Sort.Direction.DESC, "id")));
        return entries.findAll(Specification.allOf(conditions), newestFirst).map(AuditRecord::of);
    }
}
