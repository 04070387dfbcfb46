package dev.partnerportal.deal;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notify;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.CsvTable;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deal registrations. Partners register and follow their own organization's deals only (another organization's
 * registration behaves as if it did not exist, and nothing changes); channel managers see those of the
 * organizations partner visibility shows them, administrators all. Only staff see conflicts.
 */
@Service
public class Deals {

    private final DealRegistrations registrations;
    private final Registrar registrar;
    private final DealReader reader;
    private final DirectAccounts directAccounts;
    private final DealTerms terms;
    private final PartnerVisibility visibility;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Notify notify;
    private final Clock clock;

    Deals(DealRegistrations registrations, Registrar registrar, DealReader reader, DirectAccounts directAccounts,
          DealTerms terms, PartnerVisibility visibility, CallerContext callers, AuditTrail audit,
          ApplicationEventPublisher events, Notify notify, Clock clock) {
        this.registrations = registrations;
        this.registrar = registrar;
        this.reader = reader;
        this.directAccounts = directAccounts;
        this.terms = terms;
        this.visibility = visibility;
        this.callers = callers;
        this.audit = audit;
        this.events = events;
        this.notify = notify;
        this.clock = clock;
    }

    /**
     * Registers an opportunity for the caller's organization and checks it for conflicts; it waits for the
     * channel manager's review.
     *
     * @throws RuleViolation for a missing or invalid field; nothing is written then
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public DealRegistrationId register(NewDeal deal) {
        var caller = callers.require();
        var organization = java.util.Objects.requireNonNull(caller.organizationId());
        return new DealRegistrationId(registrar.register(organization, caller.userId(), deal, null, null).getId());
    }

    /** The deals the caller may see that pass the filter, newest first, with totals per stage and currency. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Pipeline pipeline(PipelineFilter filter) {
        var caller = callers.require();
        var rows = caller.isStaff()
                ? (filter.organization() == null ? registrations.findAllByOrderBySubmittedAtDescIdDesc()
                        : registrations.findByOrganizationIdOrderBySubmittedAtDescIdDesc(filter.organization().value()))
                : registrations.findByOrganizationIdOrderBySubmittedAtDescIdDesc(
                        java.util.Objects.requireNonNull(caller.organizationId()).value());
        var deals = rows.stream()
                .filter(r -> mayRead(caller, r.getOrganizationId()))
                .filter(r -> filter.organization() == null || r.getOrganizationId() == filter.organization().value())
                .filter(r -> filter.stage() == null || r.getStage() == filter.stage())
                .map(reader::summary).toList();
        return new Pipeline(deals, totals(deals));
    }

    /** Registrations waiting for a decision or for an extension decision, oldest first (staff). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<DealSummary> reviewQueue() {
        var caller = callers.require();
        return registrations.findAllByOrderBySubmittedAtDescIdDesc().reversed().stream()
                .filter(r -> mayRead(caller, r.getOrganizationId()))
                .filter(r -> !r.getStage().closed() && (r.getStatus() == RegistrationStatus.SUBMITTED || r.isExtensionRequested()))
                .map(reader::summary).toList();
    }

    /** One registration with its co-selling requests (and conflicts for staff), if the caller may see it. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Optional<DealDetail> find(DealRegistrationId id) {
        var caller = callers.require();
        return visible(caller, id).map(r -> reader.detail(r, caller.isStaff()));
    }

    /**
     * Moves an open deal to another stage and/or changes its notes. Empty when the caller may not see it.
     *
     * @throws RuleViolation for a closed deal, won without approval or final amount, lost without a reason
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public Optional<DealDetail> change(DealRegistrationId id, DealChange change) {
        var caller = callers.require();
        var found = visible(caller, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var registration = found.get();
        if (change.stage() == null && change.notes() == null) {
            throw new RuleViolation(DealError.NOTHING_TO_CHANGE);
        }
        var notes = change.notes() == null ? null : Registrar.notes(change.notes());
        BigDecimal amount = null;
        String lostReason = null;
        if (change.stage() == DealStage.WON) {
            if (change.finalAmount() == null) {
                throw new RuleViolation(DealError.FINAL_AMOUNT_REQUIRED);
            }
            amount = Registrar.amount(change.finalAmount());
        } else if (change.stage() == DealStage.LOST) {
            lostReason = Registrar.reason(change.lostReason());
        }
        var before = registration.getStage();
        var today = LocalDate.now(clock);
        if (change.notes() != null) {
            registration.changeNotes(notes);
        }
        if (change.stage() != null) {
            registration.moveTo(change.stage(), amount, lostReason, today);
        }
        registrations.saveAndFlush(registration);
        var organization = new OrganizationId(registration.getOrganizationId());
        audit.recordChange(AuditAction.DEAL_CHANGED, organization, "#" + registration.getId() + " " + before + " to "
                + registration.getStage() + (amount == null ? "" : " " + amount.toPlainString() + " " + registration.getCurrency())
                + (change.notes() == null ? "" : ", notes changed"));
        if (caller.isStaff() && registration.getStage() != before) {
            tellPartner(registration);
        }
        if (registration.getStage() == DealStage.WON && before != DealStage.WON) {
            events.publishEvent(new DealWon(id, organization, java.util.Objects.requireNonNull(amount),
                    registration.getCurrency(), today));
        }
        return Optional.of(reader.detail(registration, caller.isStaff()));
    }

    /** Approves a registration: its protection starts today and lasts the configured days. Empty when not visible. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public Optional<DealDetail> approve(DealRegistrationId id, @Nullable String reason) {
        var caller = callers.require();
        var text = reason == null || reason.isBlank() ? null : Registrar.reason(reason);
        return visible(caller, id).map(registration -> {
            var until = LocalDate.now(clock).plusDays(terms.protectionDays());
            registration.approve(caller.userId().value(), text, clock.instant(), until);
            registrations.saveAndFlush(registration);
            audit.recordChange(AuditAction.DEAL_APPROVED, new OrganizationId(registration.getOrganizationId()),
                    "#" + registration.getId() + " protected until " + until + (text == null ? "" : ": " + text));
            tellPartner(registration);
            return reader.detail(registration, true);
        });
    }

    /** Rejects a registration with a reason the partner reads. Empty when not visible. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public Optional<DealDetail> reject(DealRegistrationId id, String reason) {
        var caller = callers.require();
        var text = Registrar.reason(reason);
        return visible(caller, id).map(registration -> {
            registration.reject(caller.userId().value(), text, clock.instant());
            registrations.saveAndFlush(registration);
            audit.recordChange(AuditAction.DEAL_REJECTED, new OrganizationId(registration.getOrganizationId()),
                    "#" + registration.getId() + ": " + text);
            tellPartner(registration);
            return reader.detail(registration, true);
        });
    }

    /** The partner asks for a longer protection of an approved, protected, open deal. Empty when not visible. */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public Optional<DealDetail> requestExtension(DealRegistrationId id, String reason) {
        var caller = callers.require();
        var text = Registrar.reason(reason);
        return visible(caller, id).map(registration -> {
            registration.requestExtension(text, clock.instant(), LocalDate.now(clock));
            registrations.saveAndFlush(registration);
            audit.recordChange(AuditAction.DEAL_EXTENSION_REQUESTED, new OrganizationId(registration.getOrganizationId()),
                    "#" + registration.getId() + ": " + text);
            return reader.detail(registration, false);
        });
    }

    /**
     * Grants (the protection ends the configured extension days later than it did) or refuses a pending
     * extension request. Empty when not visible.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public Optional<DealDetail> decideExtension(DealRegistrationId id, boolean grant) {
        var caller = callers.require();
        return visible(caller, id).map(registration -> {
            var end = registration.getProtectedUntil();
            var newEnd = grant && end != null ? end.plusDays(terms.extensionDays()) : null;
            registration.decideExtension(newEnd);
            registrations.saveAndFlush(registration);
            audit.recordChange(grant ? AuditAction.DEAL_EXTENSION_GRANTED : AuditAction.DEAL_EXTENSION_REFUSED,
                    new OrganizationId(registration.getOrganizationId()),
                    "#" + registration.getId() + (newEnd == null ? "" : " protected until " + newEnd));
            tellPartner(registration);
            return reader.detail(registration, true);
        });
    }

    /** The registering organization's people hear that the vendor decided on or moved their deal. */
    private void tellPartner(DealRegistration registration) {
        notify.organization(new OrganizationId(registration.getOrganizationId()), NotificationKind.DEAL_OR_LEAD_UPDATE,
                registration.getCustomerCompany(), "/deal/" + registration.getId());
    }

    /** The pipeline the caller may see as a CSV table (the same scoping and filter as {@link #pipeline}). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public String exportCsv(PipelineFilter filter) {
        var out = new StringBuilder();
        try (var table = CsvTable.start(out, List.of("id", "partner", "customer", "domain", "country", "products",
                "stage", "status", "estimated_value", "final_amount", "currency", "expected_close", "protected_until",
                "closed_on", "submitted_at"))) {
            for (var d : pipeline(filter).deals()) {
                table.row(java.util.Arrays.asList(String.valueOf(d.id().value()), d.organizationName(), d.customerCompany(),
                        d.customerDomain(), d.country(), String.join(";", d.products()), d.stage().name(), d.status().name(),
                        d.estimatedValue().toPlainString(), d.finalAmount() == null ? null : d.finalAmount().toPlainString(),
                        d.currency(), d.expectedClose().toString(), d.protectedUntil() == null ? null : d.protectedUntil().toString(),
                        d.closedOn() == null ? null : d.closedOn().toString(), d.submittedAt().toString()));
            }
        }
        return out.toString();
    }

    /** The direct team's accounts, by company (staff). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<DirectAccountView> directAccounts() {
        return directAccounts.findAllByOrderByCompany().stream().map(reader::directAccount).toList();
    }

    /**
     * Adds a customer the direct team owns until {@code protectedUntil}: later registrations of it conflict.
     *
     * @throws RuleViolation for a blank company, an invalid domain or a date not within the next five years
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public DirectAccountView addDirectAccount(String company, String domain, LocalDate protectedUntil) {
        var caller = callers.require();
        var name = company == null ? "" : company.strip();
        var registrable = domain == null ? Optional.<String>empty() : CustomerIdentity.domain(domain);
        var today = LocalDate.now(clock);
        if (name.isEmpty() || name.length() > NewDeal.COMPANY_MAX_LENGTH || registrable.isEmpty() || protectedUntil == null
                || !protectedUntil.isAfter(today) || protectedUntil.isAfter(today.plusYears(DirectAccountView.MAX_PROTECTION_YEARS))) {
            throw new RuleViolation(DealError.DIRECT_ACCOUNT_INVALID);
        }
        var account = directAccounts.saveAndFlush(new DirectAccount(name, CustomerIdentity.nameKey(name), registrable.get(),
                protectedUntil, caller.userId().value(), clock.instant()));
        audit.recordChange(AuditAction.DEAL_DIRECT_ACCOUNT_ADDED, null, account.getCompany() + " ("
                + account.getCustomerDomain() + ") until " + protectedUntil);
        return reader.directAccount(account);
    }

    /** Removes a direct account; registrations that conflicted with it keep the conflict's record. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public boolean removeDirectAccount(long id) {
        return directAccounts.findById(id).map(account -> {
            directAccounts.delete(account);
            audit.recordChange(AuditAction.DEAL_DIRECT_ACCOUNT_REMOVED, null, account.getCompany() + " ("
                    + account.getCustomerDomain() + ")");
            return true;
        }).orElse(false);
    }

    /** The configured protection period in days, for forms and help texts. */
    @PreAuthorize("isAuthenticated()")
    public int protectionDays() {
        return terms.protectionDays();
    }

    static List<StageTotal> totals(List<DealSummary> deals) {
        record Key(DealStage stage, String currency) {
        }
        Map<Key, List<DealSummary>> groups = new TreeMap<>(Comparator.comparing(Key::stage).thenComparing(Key::currency));
        for (var d : deals) {
            groups.computeIfAbsent(new Key(d.stage(), d.currency()), k -> new ArrayList<>()).add(d);
        }
        return groups.entrySet().stream().map(e -> new StageTotal(e.getKey().stage(), e.getKey().currency(),
                e.getValue().size(), e.getValue().stream()
                        .map(d -> d.stage() == DealStage.WON && d.finalAmount() != null ? d.finalAmount() : d.estimatedValue())
                        .reduce(BigDecimal.ZERO, BigDecimal::add))).toList();
    }

    private Optional<DealRegistration> visible(Caller caller, DealRegistrationId id) {
        return registrations.findById(id.value()).filter(r -> mayRead(caller, r.getOrganizationId()));
    }

    static boolean mayRead(Caller caller, long organization, PartnerVisibility visibility) {
        var id = new OrganizationId(organization);
        return switch (caller.role()) {
            case ADMIN, CHANNEL_MANAGER -> visibility.allows(caller, id);
            case PARTNER_ADMIN, PARTNER_USER -> id.equals(caller.organizationId());
            default -> false;
        };
    }

    private boolean mayRead(Caller caller, long organization) {
        return mayRead(caller, organization, visibility);
    }
}
