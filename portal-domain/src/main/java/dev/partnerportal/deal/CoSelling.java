package dev.partnerportal.deal;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-selling requests: a partner asks for help on one of its open deals (a demo, a solutions engineer on a call,
 * an executive sponsor); staff assign it to a vendor person and track it to done or declined. The partner sees
 * the state on the deal; another organization's deal or request behaves as if it did not exist.
 */
@Service
public class CoSelling {

    private static final List<Role> VENDOR_ROLES = List.of(Role.ADMIN, Role.CHANNEL_MANAGER, Role.CONTENT_EDITOR);

    private final CoSellingRequests requests;
    private final DealRegistrations registrations;
    private final DealReader reader;
    private final UserAccounts users;
    private final PartnerVisibility visibility;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    CoSelling(CoSellingRequests requests, DealRegistrations registrations, DealReader reader, UserAccounts users,
              PartnerVisibility visibility, CallerContext callers, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.registrations = registrations;
        this.reader = reader;
        this.users = users;
        this.visibility = visibility;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Asks for help on an open deal of the caller's organization. Empty when the deal is not the caller's.
     *
     * @throws RuleViolation for a closed deal, blank or too long notes, or a wanted date not within a year
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public Optional<CoSellingView> request(DealRegistrationId deal, CoSellingKind kind, String notes, LocalDate wantedOn) {
        var caller = callers.require();
        var registration = registrations.findById(deal.value()).filter(r -> mayRead(caller, r.getOrganizationId()));
        if (registration.isEmpty()) {
            return Optional.empty();
        }
        if (notes == null || notes.isBlank() || notes.strip().length() > CoSellingView.NOTES_MAX_LENGTH) {
            throw new RuleViolation(DealError.CO_SELLING_NOTES_REQUIRED, CoSellingView.NOTES_MAX_LENGTH);
        }
        var today = LocalDate.now(clock);
        if (wantedOn == null || wantedOn.isBefore(today) || wantedOn.isAfter(today.plusDays(CoSellingView.MAX_WANTED_DAYS))) {
            throw new RuleViolation(DealError.CO_SELLING_DATE_INVALID);
        }
        if (kind == null) {
            throw new RuleViolation(DealError.CO_SELLING_NOTES_REQUIRED, CoSellingView.NOTES_MAX_LENGTH);
        }
        if (registration.get().closed()) {
            throw new RuleViolation(DealError.CLOSED);
        }
        var saved = requests.saveAndFlush(new CoSellingRequest(registration.get().getId(), kind, notes.strip(), wantedOn,
                caller.userId().value(), clock.instant()));
        audit.recordChange(AuditAction.CO_SELLING_REQUESTED, new OrganizationId(registration.get().getOrganizationId()),
                "#" + saved.getId() + " " + kind + " on deal #" + registration.get().getId() + " for " + wantedOn);
        return Optional.of(reader.coSelling(saved));
    }

    /** Unfinished requests of the organizations the caller sees, the soonest wanted first (staff). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<CoSellingView> queue() {
        var caller = callers.require();
        return requests.findByStatusInOrderByWantedOnAscIdAsc(EnumSet.of(CoSellingStatus.OPEN, CoSellingStatus.ASSIGNED))
                .stream().filter(c -> visible(caller, c)).map(reader::coSelling).toList();
    }

    /** One request, if the caller may see its deal. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Optional<CoSellingView> find(CoSellingRequestId id) {
        var caller = callers.require();
        return requests.findById(id.value()).filter(c -> visible(caller, c)).map(reader::coSelling);
    }

    /** The vendor people requests can be assigned to: active staff accounts, by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<VendorPerson> vendorPeople() {
        return users.enabledWithRoles(VENDOR_ROLES).stream().filter(UserAccount::isStaff)
                .map(u -> new VendorPerson(u.id(), u.displayName()))
                .sorted(java.util.Comparator.comparing(VendorPerson::name)).toList();
    }

    /**
     * Assigns an unfinished request to a vendor person. Empty when the caller may not see it.
     *
     * @throws RuleViolation when the person is not an active staff account or the request is finished
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public Optional<CoSellingView> assign(CoSellingRequestId id, UserId person) {
        var caller = callers.require();
        var found = requests.findById(id.value()).filter(c -> visible(caller, c));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var assignee = users.find(person).filter(UserAccount::enabled).filter(UserAccount::isStaff)
                .orElseThrow(() -> new RuleViolation(DealError.CO_SELLING_ASSIGNEE_INVALID));
        var request = found.get();
        request.assign(assignee.id().value(), clock.instant());
        requests.saveAndFlush(request);
        audit.recordChange(AuditAction.CO_SELLING_ASSIGNED, organization(request),
                "#" + request.getId() + " to " + assignee.email());
        return Optional.of(reader.coSelling(request));
    }

    /**
     * Ends an unfinished request: {@link CoSellingStatus#DONE} (once assigned) or {@link CoSellingStatus#DECLINED}
     * with a reason. Empty when the caller may not see it.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public Optional<CoSellingView> finish(CoSellingRequestId id, CoSellingStatus outcome, @Nullable String reason) {
        var caller = callers.require();
        var found = requests.findById(id.value()).filter(c -> visible(caller, c));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var request = found.get();
        if (!outcome.finished()) {
            throw new RuleViolation(DealError.CO_SELLING_TRANSITION, request.getStatus(), outcome);
        }
        var text = outcome == CoSellingStatus.DECLINED ? Registrar.reason(reason) : null;
        request.finish(outcome, text, clock.instant());
        requests.saveAndFlush(request);
        audit.recordChange(outcome == CoSellingStatus.DONE ? AuditAction.CO_SELLING_DONE : AuditAction.CO_SELLING_DECLINED,
                organization(request), "#" + request.getId() + (text == null ? "" : ": " + text));
        return Optional.of(reader.coSelling(request));
    }

    private OrganizationId organization(CoSellingRequest request) {
        return new OrganizationId(registrations.findById(request.getRegistrationId()).orElseThrow().getOrganizationId());
    }

    private boolean visible(Caller caller, CoSellingRequest request) {
        return registrations.findById(request.getRegistrationId()).filter(r -> mayRead(caller, r.getOrganizationId())).isPresent();
    }

    private boolean mayRead(Caller caller, long organization) {
        return Deals.mayRead(caller, organization, visibility);
    }
}
