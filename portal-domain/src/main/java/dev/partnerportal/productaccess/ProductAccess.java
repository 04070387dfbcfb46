package dev.partnerportal.productaccess;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners request product access for their own organization and follow it; staff decide. A partner reaches only
 * its own organization's requests (another organization's behave as if they did not exist and nothing changes);
 * channel managers those of the organizations partner visibility shows them; administrators all.
 */
@Service
public class ProductAccess {

    /** The longest access staff can grant at once, in days. */
    public static final int MAX_ACCESS_DAYS = 366;

    private final ProductAccessGrants grants;
    private final PartnerRegistry organizations;
    private final PartnerVisibility visibility;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    ProductAccess(ProductAccessGrants grants, PartnerRegistry organizations, PartnerVisibility visibility,
                  CallerContext callers, AuditTrail audit, Clock clock) {
        this.grants = grants;
        this.organizations = organizations;
        this.visibility = visibility;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Requests access for the caller's own organization.
     *
     * @throws RuleViolation for a blank or too long product, purpose or list of people; nothing is saved then
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public ProductAccessId request(ProductAccessForm form) {
        var caller = callers.require();
        var organization = caller.organization().orElseThrow();
        if (form.kind() == null) {
            throw new RuleViolation(ProductAccessError.PRODUCT_REQUIRED, ProductAccessForm.PRODUCT_MAX_LENGTH);
        }
        require(form.product(), ProductAccessForm.PRODUCT_MAX_LENGTH, ProductAccessError.PRODUCT_REQUIRED);
        require(form.purpose(), ProductAccessForm.PURPOSE_MAX_LENGTH, ProductAccessError.PURPOSE_REQUIRED);
        require(form.people(), ProductAccessForm.PEOPLE_MAX_LENGTH, ProductAccessError.PEOPLE_REQUIRED);
        var grant = grants.save(new ProductAccessGrant(organization, form, caller.userId().value(), clock.instant()));
        audit.recordChange(AuditAction.PRODUCT_ACCESS_REQUESTED, organization,
                form.kind() + " \"" + grant.product() + "\" (request " + grant.id() + ")");
        return new ProductAccessId(grant.id());
    }

    /** The caller's organization's requests, newest first. */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public List<ProductAccessRequest> mine() {
        var organization = callers.require().organization().orElseThrow();
        return view(grants.findByOrganizationIdOrderByRequestedAtDescIdDesc(organization.value()));
    }

    /** Every request of the organizations the caller (staff) may see, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<ProductAccessRequest> all() {
        var caller = callers.require();
        return view(grants.findAllByOrderByRequestedAtDescIdDesc().stream()
                .filter(grant -> visibility.allows(caller, grant.organization())).toList());
    }

    /** One request, if the caller may see it: partners their own organization's, staff as in {@link #all()}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ProductAccessRequest> find(ProductAccessId id) {
        var caller = callers.require();
        return grants.findById(id.value()).filter(grant -> mayRead(caller, grant)).map(grant -> view(List.of(grant)).getFirst());
    }

    /**
     * Approves a waiting request until {@code expiresOn} (after today, at most {@link #MAX_ACCESS_DAYS} ahead).
     *
     * @throws RuleViolation when the request is not visible (as not found), already decided, or the expiry is out of range
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public void approve(ProductAccessId id, @Nullable LocalDate expiresOn) {
        var caller = callers.require();
        var grant = visible(caller, id);
        var today = LocalDate.now(clock);
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAX_ACCESS_DAYS))) {
            throw new RuleViolation(ProductAccessError.EXPIRY_OUT_OF_RANGE, MAX_ACCESS_DAYS);
        }
        grant.approve(caller.userId().value(), expiresOn, clock.instant());
        audit.recordChange(AuditAction.PRODUCT_ACCESS_APPROVED, grant.organization(),
                "request " + grant.id() + " \"" + grant.product() + "\" until " + expiresOn);
    }

    /**
     * Rejects a waiting request with a reason the partner sees.
     *
     * @throws RuleViolation when the request is not visible (as not found), already decided, or the reason is blank or too long
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public void reject(ProductAccessId id, @Nullable String reason) {
        var caller = callers.require();
        var grant = visible(caller, id);
        require(reason, ProductAccessGrant.REASON_MAX_LENGTH, ProductAccessError.REASON_REQUIRED);
        grant.reject(caller.userId().value(), reason.strip(), clock.instant());
        audit.recordChange(AuditAction.PRODUCT_ACCESS_REJECTED, grant.organization(),
                "request " + grant.id() + " \"" + grant.product() + "\": " + reason.strip());
    }

    private ProductAccessGrant visible(Caller caller, ProductAccessId id) {
        return grants.findById(id.value()).filter(grant -> mayRead(caller, grant))
                .orElseThrow(() -> new RuleViolation(ProductAccessError.NOT_FOUND));
    }

    private boolean mayRead(Caller caller, ProductAccessGrant grant) {
        return caller.mayAccess(grant.organization()) && (!caller.isStaff() || visibility.allows(caller, grant.organization()));
    }

    private List<ProductAccessRequest> view(List<ProductAccessGrant> list) {
        Map<Long, String> names = organizations.all().stream()
                .collect(Collectors.toMap(OrganizationSummary::id, OrganizationSummary::name));
        var today = LocalDate.now(clock);
        return list.stream().map(grant -> grant.view(names.getOrDefault(grant.organization().value(), ""), today)).toList();
    }

    private static void require(@Nullable String text, int max, ErrorCode error) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new RuleViolation(error, max);
        }
    }
}
