package dev.partnerportal.mdf;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Market development funds. Staff set allocations and decide requests and claims; partner people request
 * funds and claim them for their own organization only (another organization's allocation, request or claim
 * behaves as if it did not exist, and nothing changes). Approving a request reserves its cost on the
 * allocation in one conditional update, so an allocation is never overspent, however many approvals race.
 */
@Service
public class MarketDevelopmentFunds {

    /** The largest allocation or cost. */
    public static final BigDecimal AMOUNT_MAX = new BigDecimal("100000000.00");
    /** The longest reason for a rejection. */
    public static final int REASON_MAX_LENGTH = 500;

    private final FundAllocations allocations;
    private final FundRequestRecords requests;
    private final ClaimRecords claims;
    private final ClaimProofs proofs;
    private final ProofCheck proofCheck;
    private final ObjectProvider<FundResults> results;
    private final PartnerRegistry organizations;
    private final PartnerVisibility visibility;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    MarketDevelopmentFunds(FundAllocations allocations, FundRequestRecords requests, ClaimRecords claims,
                           ClaimProofs proofs, ProofCheck proofCheck, ObjectProvider<FundResults> results,
                           PartnerRegistry organizations, PartnerVisibility visibility, CallerContext callers,
                           AuditTrail audit, Clock clock) {
        this.allocations = allocations;
        this.requests = requests;
        this.claims = claims;
        this.proofs = proofs;
        this.proofCheck = proofCheck;
        this.results = results;
        this.organizations = organizations;
        this.visibility = visibility;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    // --- allocations -------------------------------------------------------------------------------------------

    /** The allocations the caller may see, newest quarter first: a partner its own, staff every visible one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AllocationView> allocations() {
        var caller = callers.require();
        var rows = caller.isStaff() ? allocations.findAllByOrderByQuarterDescOrganizationIdAsc()
                : allocations.findByOrganizationIdOrderByQuarterDesc(caller.organizationId().value());
        return rows.stream().filter(a -> mayRead(caller, a.getOrganizationId()))
                .map(a -> a.view(organizationName(a.getOrganizationId()))).toList();
    }

    /**
     * Sets one organization's allocation for a quarter (creating it or changing its amount); never below what
     * approved requests already reserved.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public AllocationView allocate(OrganizationId organization, FiscalQuarter quarter, BigDecimal amount, String currency) {
        var caller = callers.require();
        if (!mayRead(caller, organization.value()) || !organizations.exists(organization)) {
            throw new RuleViolation(MdfError.ORGANIZATION_NOT_FOUND);
        }
        var money = amount(amount);
        var code = currency(currency);
        var allocation = set(organization, quarter, money, code);
        return allocation.view(organizationName(organization.value()));
    }

    /**
     * Sets the quarter's allocation of every organization the caller sees from its tier's amount (tier code to
     * amount); tiers without an amount are left alone. Answers how many allocations were set. All or nothing:
     * one allocation that cannot take its amount refuses the whole action.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public int allocateByTier(FiscalQuarter quarter, Map<String, BigDecimal> amountByTier, String currency) {
        var caller = callers.require();
        var code = currency(currency);
        amountByTier.values().forEach(MarketDevelopmentFunds::amount);
        int count = 0;
        for (var org : organizations.all()) {
            var amount = amountByTier.get(org.tierCode());
            if (amount != null && mayRead(caller, org.id())) {
                set(org.organizationId(), quarter, amount(amount), code);
                count++;
            }
        }
        return count;
    }

    private FundAllocation set(OrganizationId organization, FiscalQuarter quarter, BigDecimal amount, String currency) {
        var existing = allocations.findByOrganizationIdAndQuarter(organization.value(), quarter.toString());
        FundAllocation allocation;
        if (existing.isPresent()) {
            allocation = existing.get();
            allocation.change(amount, currency);
        } else {
            allocation = new FundAllocation(organization.value(), quarter, amount, currency);
        }
        allocation = allocations.saveAndFlush(allocation);
        audit.recordChange(AuditAction.MDF_ALLOCATION_SET, organization, quarter + " " + amount.toPlainString() + " " + currency);
        return allocation;
    }

    // --- fund requests -----------------------------------------------------------------------------------------

    /** The fund requests the caller may see, newest first: a partner its organization's, staff every visible one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FundRequestView> requests() {
        var caller = callers.require();
        var rows = caller.isStaff() ? requests.findAllByOrderByRequestedAtDesc()
                : requests.findByOrganizationIdOrderByRequestedAtDesc(caller.organizationId().value());
        return rows.stream().filter(r -> mayRead(caller, r.getOrganizationId())).map(this::view).toList();
    }

    /** One fund request with its claims and results, if the caller may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<FundRequestView> find(UUID id) {
        return visible(id).map(this::view);
    }

    /**
     * A partner person asks for funds from their organization's allocation of the quarter the activity starts
     * in. The cost must fit in what is free now; approval reserves it.
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public FundRequestView submit(NewFundRequest request) {
        var caller = callers.require();
        var organization = caller.organizationId();
        require(request.title(), NewFundRequest.TITLE_MAX_LENGTH, MdfError.TITLE_REQUIRED);
        require(request.plan(), NewFundRequest.PLAN_MAX_LENGTH, MdfError.PLAN_REQUIRED);
        var cost = amount(request.cost());
        if (cost.signum() <= 0) {
            throw new RuleViolation(MdfError.AMOUNT_INVALID, AMOUNT_MAX.toPlainString());
        }
        if (request.expectedLeads() < 0 || request.expectedLeads() > NewFundRequest.EXPECTED_LEADS_MAX) {
            throw new RuleViolation(MdfError.EXPECTED_LEADS_INVALID, NewFundRequest.EXPECTED_LEADS_MAX);
        }
        var quarter = FiscalQuarter.of(request.startsOn());
        if (request.endsOn().isBefore(request.startsOn()) || request.endsOn().isAfter(quarter.lastDay())) {
            throw new RuleViolation(MdfError.DATES_INVALID);
        }
        var allocation = allocations.findByOrganizationIdAndQuarter(organization.value(), quarter.toString())
                .orElseThrow(() -> new RuleViolation(MdfError.NO_ALLOCATION, quarter.toString()));
        if (cost.compareTo(allocation.free()) > 0) {
            throw new RuleViolation(MdfError.ALLOCATION_EXCEEDED, allocation.free().toPlainString(), allocation.getCurrency());
        }
        var normalized = new NewFundRequest(request.activityType(), request.title(), request.plan(), cost,
                request.expectedLeads(), request.startsOn(), request.endsOn());
        var saved = requests.saveAndFlush(new FundRequestRecord(allocation, normalized, caller.userId().value(), clock.instant()));
        audit.recordChange(AuditAction.MDF_REQUEST_SUBMITTED, organization, saved.getId() + " " + saved.getActivityType()
                + " " + cost.toPlainString() + " " + saved.getCurrency() + ": " + saved.getTitle());
        return view(saved);
    }

    /**
     * Approves a submitted request and reserves its cost on the allocation. Refused, with nothing changed, when
     * the allocation no longer has that much free.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public FundRequestView approve(UUID id) {
        var caller = callers.require();
        var request = visible(id).orElseThrow(() -> new RuleViolation(MdfError.REQUEST_NOT_FOUND));
        request.approve(caller.userId().value(), clock.instant());
        if (allocations.reserve(request.getAllocationId(), request.getCost()) != 1) {
            var free = allocations.findById(request.getAllocationId()).map(FundAllocation::free).orElse(BigDecimal.ZERO);
            throw new RuleViolation(MdfError.ALLOCATION_EXCEEDED, free.toPlainString(), request.getCurrency());
        }
        var saved = requests.saveAndFlush(request);
        audit.recordChange(AuditAction.MDF_REQUEST_APPROVED, new OrganizationId(saved.getOrganizationId()),
                saved.getId() + " " + saved.getCost().toPlainString() + " " + saved.getCurrency());
        return view(saved);
    }

    /** Rejects a submitted request with a reason the partner reads. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public FundRequestView reject(UUID id, String reason) {
        var caller = callers.require();
        var request = visible(id).orElseThrow(() -> new RuleViolation(MdfError.REQUEST_NOT_FOUND));
        var text = reason(reason);
        request.reject(text, caller.userId().value(), clock.instant());
        var saved = requests.saveAndFlush(request);
        audit.recordChange(AuditAction.MDF_REQUEST_REJECTED, new OrganizationId(saved.getOrganizationId()),
                saved.getId() + ": " + text);
        return view(saved);
    }

    // --- claims ------------------------------------------------------------------------------------------------

    /**
     * A partner person claims what an approved activity of their organization actually cost (at most the
     * approved cost), with one to {@link ProofFile#MAX_FILES} proof files recognized as PDF, PNG or JPEG by
     * their bytes. Empty when the request is another organization's or unknown; nothing changes then.
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public Optional<FundRequestView> claim(UUID requestId, BigDecimal actualCost, List<ProofFile> files) {
        var caller = callers.require();
        var found = visible(requestId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var request = found.get();
        if (request.getStatus() != FundRequestStatus.APPROVED) {
            throw new RuleViolation(MdfError.REQUEST_NOT_APPROVED);
        }
        var cost = amount(actualCost);
        if (cost.signum() <= 0 || cost.compareTo(request.getCost()) > 0) {
            throw new RuleViolation(MdfError.CLAIM_ABOVE_APPROVED, request.getCost().toPlainString(), request.getCurrency());
        }
        if (files.isEmpty() || files.size() > ProofFile.MAX_FILES) {
            throw new RuleViolation(MdfError.PROOF_REQUIRED, ProofFile.MAX_FILES);
        }
        var types = new ArrayList<String>();
        for (var file : files) {
            types.add(proofCheck.accept(file));
        }
        if (claims.findByFundRequestIdOrderBySubmittedAtAscIdAsc(requestId).stream()
                .anyMatch(c -> c.getStatus() != ClaimStatus.REJECTED)) {
            throw new RuleViolation(MdfError.CLAIM_EXISTS);
        }
        var claim = claims.saveAndFlush(new ClaimRecord(request, cost, caller.userId().value(), clock.instant()));
        for (int i = 0; i < files.size(); i++) {
            proofs.save(new ClaimProof(claim.getId(), ProofCheck.fileName(files.get(i).fileName()), types.get(i),
                    files.get(i).content()));
        }
        audit.recordChange(AuditAction.MDF_CLAIM_SUBMITTED, new OrganizationId(request.getOrganizationId()),
                "#" + claim.getId() + " on " + requestId + " " + cost.toPlainString() + " " + claim.getCurrency()
                        + ", " + files.size() + " proof file(s)");
        return Optional.of(view(request));
    }

    /**
     * Staff move a claim on: {@link ClaimStatus#APPROVED} or {@link ClaimStatus#REJECTED} (with a reason) from
     * submitted, {@link ClaimStatus#PAID} from approved.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public FundRequestView decideClaim(long claimId, ClaimStatus next, @Nullable String reason) {
        var caller = callers.require();
        var claim = claims.findById(claimId).filter(c -> mayRead(caller, c.getOrganizationId()))
                .orElseThrow(() -> new RuleViolation(MdfError.CLAIM_NOT_FOUND));
        var text = next == ClaimStatus.REJECTED ? reason(reason) : null;
        claim.move(next, text, clock.instant());
        claims.saveAndFlush(claim);
        var action = switch (next) {
            case APPROVED -> AuditAction.MDF_CLAIM_APPROVED;
            case PAID -> AuditAction.MDF_CLAIM_PAID;
            default -> AuditAction.MDF_CLAIM_REJECTED;
        };
        audit.recordChange(action, new OrganizationId(claim.getOrganizationId()),
                "#" + claim.getId() + " to " + next + (text == null ? "" : ": " + text));
        return view(requests.findById(claim.getFundRequestId()).orElseThrow());
    }

    /** A proof file of a claim the caller may see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<StoredProof> proof(long proofId) {
        var caller = callers.require();
        return proofs.findById(proofId)
                .filter(p -> claims.findById(p.getClaimId()).filter(c -> mayRead(caller, c.getOrganizationId())).isPresent())
                .map(ClaimProof::toFile);
    }

    // --- reading -----------------------------------------------------------------------------------------------

    private FundRequestView view(FundRequestRecord r) {
        var claimViews = claims.findByFundRequestIdOrderBySubmittedAtAscIdAsc(r.getId()).stream()
                .map(c -> new ClaimView(c.getId(), c.getFundRequestId(), c.getActualCost(), c.getCurrency(), c.getStatus(),
                        c.getDecisionReason(), c.getSubmittedAt(), c.getPaidAt(), proofs.infoByClaimId(c.getId())))
                .toList();
        return new FundRequestView(r.getId(), r.getOrganizationId(), organizationName(r.getOrganizationId()),
                FiscalQuarter.of(r.getStartsOn()), r.getActivityType(), r.getTitle(), r.getPlan(), r.getCost(),
                r.getCurrency(), r.getExpectedLeads(), r.getStartsOn(), r.getEndsOn(), r.getStatus(),
                r.getDecisionReason(), r.getRequestedAt(), claimViews, results(r, claimViews));
    }

    private FundRequestResults results(FundRequestRecord r, List<ClaimView> claimViews) {
        var attributed = results.orderedStream().map(source -> source.attributedTo(r.getId()))
                .reduce(Attributed.NONE, Attributed::plus);
        var spent = claimViews.stream()
                .filter(c -> c.status() == ClaimStatus.APPROVED || c.status() == ClaimStatus.PAID)
                .map(ClaimView::actualCost).findFirst()
                .orElse(r.getStatus() == FundRequestStatus.APPROVED ? r.getCost() : null);
        var perLead = spent == null || attributed.leads() == 0 ? null
                : spent.divide(BigDecimal.valueOf(attributed.leads()), 2, RoundingMode.HALF_UP);
        return new FundRequestResults(attributed, spent, perLead);
    }

    private Optional<FundRequestRecord> visible(UUID id) {
        var caller = callers.require();
        return requests.findById(id).filter(r -> mayRead(caller, r.getOrganizationId()));
    }

    private boolean mayRead(Caller caller, long organization) {
        var id = new OrganizationId(organization);
        return switch (caller.role()) {
            case ADMIN, CHANNEL_MANAGER -> visibility.allows(caller, id);
            case PARTNER_ADMIN, PARTNER_USER -> id.equals(caller.organizationId());
            default -> false;
        };
    }

    private String organizationName(long id) {
        return organizations.find(new OrganizationId(id)).map(OrganizationSummary::name).orElse("");
    }

    private static BigDecimal amount(@Nullable BigDecimal amount) {
        if (amount == null || amount.signum() < 0 || amount.compareTo(AMOUNT_MAX) > 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(MdfError.AMOUNT_INVALID, AMOUNT_MAX.toPlainString());
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The ISO 4217 code, upper case; refuses anything else. */
    static String currency(@Nullable String currency) {
        var code = currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (code.length() == 3 && Currency.getInstance(code) != null) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // not a currency: refused below
        }
        throw new RuleViolation(MdfError.CURRENCY_INVALID);
    }

    private static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX_LENGTH) {
            throw new RuleViolation(MdfError.REASON_REQUIRED, REASON_MAX_LENGTH);
        }
        return reason.strip();
    }

    private static void require(@Nullable String text, int maxLength, dev.partnerportal.shared.ErrorCode error) {
        if (text == null || text.isBlank() || text.strip().length() > maxLength) {
            throw new RuleViolation(error, maxLength);
        }
    }
}
