package dev.partnerportal.lead;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads. Staff create and import them and see them all; each new lead is offered at once (see
 * {@link LeadDistribution} for the rules). A partner person sees only the leads offered to their organization
 * now, or accepted by it, and accepts or rejects them; any other lead behaves as if it did not exist, and
 * nothing changes.
 */
@Service
public class Leads {

    /** The longest reason for rejecting a lead. */
    public static final int REASON_MAX_LENGTH = 500;
    /** The most rows in one import. */
    public static final int IMPORT_MAX_ROWS = LeadCsv.MAX_ROWS;
    /** The import's columns, in the template's order. */
    public static final List<String> IMPORT_COLUMNS = LeadCsv.COLUMNS;

    private final SalesLeads leads;
    private final LeadOffers offers;
    private final LeadRules rules;
    private final LeadDistribution distribution;
    private final LeadConversion conversion;
    private final PartnerRegistry organizations;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    Leads(SalesLeads leads, LeadOffers offers, LeadRules rules, LeadDistribution distribution,
          LeadConversion conversion, PartnerRegistry organizations, CallerContext callers,
          AuditTrail audit, Clock clock) {
        this.leads = leads;
        this.offers = offers;
        this.rules = rules;
        this.distribution = distribution;
        this.conversion = conversion;
        this.organizations = organizations;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a lead and offers it to the first eligible partner (or returns it to staff when there is none). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public LeadView create(NewLead lead) {
        var caller = callers.require();
        var saved = store(rules.require(lead), caller, clock.instant());
        return view(saved);
    }

    /**
     * Imports leads from CSV (see {@link #IMPORT_COLUMNS}). Every row is checked first. With problems and
     * {@code validRowsOnly} false nothing is imported and {@link LeadImportRefused} carries the report; with
     * {@code validRowsOnly} true the valid rows are imported and the report lists the rows left out.
     * {@code progress} hears the number of rows handled so far.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public ImportReport importCsv(String csv, boolean validRowsOnly, IntConsumer progress) {
        var caller = callers.require();
        var rows = LeadCsv.read(csv);
        var problems = new ArrayList<LeadProblem>();
        var valid = new ArrayList<NewLead>();
        for (var row : rows) {
            var checked = rules.check(row.lead(), row.line());
            var rowProblems = new ArrayList<>(row.problems());
            checked.problems().stream().filter(p -> row.problems().stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(rowProblems::add);
            if (rowProblems.isEmpty()) {
                valid.add(checked.lead());
            }
            problems.addAll(rowProblems);
        }
        if (!problems.isEmpty() && !validRowsOnly) {
            throw new LeadImportRefused(new ImportReport(rows.size(), valid.size(), List.copyOf(problems), 0));
        }
        var now = clock.instant();
        int done = 0;
        for (var lead : valid) {
            store(lead, caller, now);
            progress.accept(++done);
        }
        audit.recordChange(AuditAction.LEADS_IMPORTED, null, valid.size() + " of " + rows.size() + " rows imported");
        return new ImportReport(rows.size(), valid.size(), List.copyOf(problems), valid.size());
    }

    /**
     * The leads the caller may see: a partner the ones offered to its organization now (within their window)
     * and the ones it accepted, staff every lead matching the filter. Newest first.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LeadView> list(LeadFilter filter) {
        var caller = callers.require();
        if (caller.isStaff()) {
            var text = filter.text() == null || filter.text().isBlank() ? null : filter.text().strip().toLowerCase(Locale.ROOT);
            return leads.findAllByOrderByCreatedAtDesc().stream()
                    .filter(l -> filter.status() == null || l.getStatus() == filter.status())
                    .filter(l -> filter.organizationId() == null || filter.organizationId().equals(organizationOf(l)))
                    .filter(l -> text == null || l.getCompany().toLowerCase(Locale.ROOT).contains(text)
                            || (l.getDomain() != null && l.getDomain().contains(text)))
                    .map(this::view).toList();
        }
        var organization = caller.organizationId().value();
        var now = clock.instant();
        var seen = new HashSet<UUID>();
        var result = new ArrayList<LeadView>();
        for (var lead : leads.findByOfferedToAndStatusOrderByOfferExpiresAtAsc(organization, LeadStatus.OFFERED)) {
            if (!lead.offerExpired(now) && seen.add(lead.getId())) {
                result.add(view(lead));
            }
        }
        leads.findAllById(offers.acceptedLeads(organization)).stream()
                .filter(lead -> seen.add(lead.getId())).map(this::view).forEach(result::add);
        return List.copyOf(result);
    }

    /** One lead, if the caller may see it (for a partner: offered to its organization now, or accepted by it). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LeadView> find(UUID id) {
        var caller = callers.require();
        return leads.findById(id).filter(lead -> visible(caller, lead)).map(this::view);
    }

    /**
     * A partner person accepts a lead offered to their organization within its window: it converts through the
     * {@link LeadConversion} in this transaction and the lead keeps the returned id. Empty when the lead is not
     * visible to the caller; nothing changes then.
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public Optional<LeadView> accept(UUID id) {
        var caller = callers.require();
        var found = leads.lockById(id).filter(lead -> visible(caller, lead));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var lead = found.get();
        var organization = caller.organizationId();
        var now = clock.instant();
        lead.requireOfferedTo(organization.value());
        if (lead.offerExpired(now)) {
            throw new RuleViolation(LeadError.NOT_OFFERED);
        }
        var deal = conversion.convert(new AcceptedLead(lead.getId(), lead.getFundRequestId(), organization,
                caller.userId(), lead.getCompany(), lead.getDomain(), lead.getCountry(), lead.getProducts(),
                lead.getEstimatedValue(), lead.getCurrency()));
        lead.accept(organization.value(), caller.userId().value(), now, deal);
        offers.findByLeadIdAndOutcome(lead.getId(), OfferOutcome.OPEN).ifPresent(o -> o.close(OfferOutcome.ACCEPTED, now, null));
        leads.saveAndFlush(lead);
        audit.recordChange(AuditAction.LEAD_ACCEPTED, organization, lead.getId() + " " + lead.getCompany()
                + ", converted as " + deal);
        return Optional.of(view(lead));
    }

    /**
     * A partner person rejects a lead offered to their organization, with a reason; it moves on to the next
     * eligible partner. Empty when the lead is not visible to the caller; nothing changes then.
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public Optional<LeadView> reject(UUID id, @Nullable String reason) {
        var caller = callers.require();
        var found = leads.lockById(id).filter(lead -> visible(caller, lead));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var lead = found.get();
        var organization = caller.organizationId();
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX_LENGTH) {
            throw new RuleViolation(LeadError.REASON_REQUIRED, REASON_MAX_LENGTH);
        }
        lead.requireOfferedTo(organization.value());
        var now = clock.instant();
        offers.findByLeadIdAndOutcome(lead.getId(), OfferOutcome.OPEN)
                .ifPresent(o -> o.close(OfferOutcome.REJECTED, now, reason.strip()));
        audit.recordChange(AuditAction.LEAD_REJECTED, organization, lead.getId() + " " + lead.getCompany() + ": "
                + reason.strip());
        var next = distribution.offerNext(lead, now);
        leads.saveAndFlush(lead);
        recordOutcome(lead, next);
        return Optional.of(view(lead));
    }

    private SalesLead store(NewLead lead, Caller caller, Instant now) {
        var saved = leads.save(new SalesLead(lead, caller.userId().value(), now));
        audit.recordChange(AuditAction.LEAD_CREATED, null, saved.getId() + " " + saved.getCompany());
        var offered = distribution.offerNext(saved, now);
        leads.saveAndFlush(saved);
        recordOutcome(saved, offered);
        return saved;
    }

    private void recordOutcome(SalesLead lead, Optional<OrganizationSummary> offeredTo) {
        offeredTo.ifPresentOrElse(
                org -> audit.recordChange(AuditAction.LEAD_OFFERED, org.organizationId(), lead.getId() + " "
                        + lead.getCompany() + " until " + lead.getOfferExpiresAt()),
                () -> audit.recordChange(AuditAction.LEAD_RETURNED, null, lead.getId() + " " + lead.getCompany()));
    }

    private boolean visible(Caller caller, SalesLead lead) {
        if (caller.isStaff()) {
            return true;
        }
        var organization = caller.organizationId().value();
        if (lead.getStatus() == LeadStatus.OFFERED && lead.getOfferedTo() != null && lead.getOfferedTo() == organization) {
            return !lead.offerExpired(clock.instant());
        }
        return lead.getStatus() == LeadStatus.ACCEPTED && offers.acceptedBy(lead.getId()).filter(o -> o == organization).isPresent();
    }

    private @Nullable Long organizationOf(SalesLead lead) {
        return lead.getStatus() == LeadStatus.ACCEPTED ? offers.acceptedBy(lead.getId()).orElse(null) : lead.getOfferedTo();
    }

    private LeadView view(SalesLead lead) {
        var organization = organizationOf(lead);
        var name = organization == null ? null
                : organizations.find(new OrganizationId(organization)).map(OrganizationSummary::name).orElse(null);
        return new LeadView(lead.getId(), lead.getCompany(), lead.getDomain(), lead.getCountry(), lead.getRegion(),
                lead.getIndustry(), lead.getMinimumTier(), lead.getPartnerType(), lead.getContactName(),
                lead.getContactEmail(), lead.getContactPhone(), lead.getProducts(), lead.getEstimatedValue(),
                lead.getCurrency(), lead.getNotes(), lead.getFundRequestId(), lead.getStatus(), organization, name,
                lead.getOfferExpiresAt(), lead.getDealRegistrationId(), lead.getCreatedAt());
    }
}
