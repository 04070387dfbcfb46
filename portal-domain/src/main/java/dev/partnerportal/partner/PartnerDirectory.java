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
 * Reads partner organizations on behalf of the caller. Staff see every organization (channel managers only
 * their own while {@link PartnerVisibility} says so); a partner sees only their own, and any other id is
 * answered as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class PartnerDirectory {

    private final PartnerOrganizations organizations;
    private final CallerContext callers;
    private final PartnerVisibility visibility;

    PartnerDirectory(PartnerOrganizations organizations, CallerContext callers, PartnerVisibility visibility) {
        this.organizations = organizations;
        this.callers = callers;
        this.visibility = visibility;
    }

    /** One organization, if it exists and the caller may see it. */
    @PreAuthorize("isAuthenticated()")
    public Optional<OrganizationSummary> find(OrganizationId id) {
        var caller = callers.require();
        if (!caller.mayAccess(id) || !visibility.allows(caller, id)) {
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

    /**
     * A page of organizations for the vendor's staff: all of them, or a channel manager's own while
     * {@link PartnerVisibility} says so.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    public Page<OrganizationSummary> list(Pageable pageable) {
        return visibility.limitedTo(callers.require())
                .map(manager -> organizations.findSummariesManagedBy(manager.value(), pageable))
                .orElseGet(() -> organizations.findSummaries(pageable));
    }
}
