package dev.partnerportal.partner;

import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads partner organizations on behalf of the caller. Staff see every organization; a partner sees only
 * their own, and any other id is answered as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class PartnerDirectory {

    private final PartnerOrganizations organizations;
    private final CallerContext callers;

    PartnerDirectory(PartnerOrganizations organizations, CallerContext callers) {
        this.organizations = organizations;
        this.callers = callers;
    }

    /** One organization, if it exists and the caller may see it. */
    @PreAuthorize("isAuthenticated()")
    public Optional<OrganizationSummary> find(OrganizationId id) {
        var caller = callers.require();
        if (!caller.mayAccess(id)) {
            return Optional.empty();
        }
        return organizations.findSummary(id.value());
    }

    /** The caller's own organization. */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    public OrganizationSummary mine() {
        var id = callers.require().organization().orElseThrow();
        return organizations.findSummary(id.value()).orElseThrow();
    }

    /** A page of all organizations, for the vendor's staff. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public Page<OrganizationSummary> list(Pageable pageable) {
        return organizations.findSummaries(pageable);
    }
}
