package dev.partnerportal.relationship;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's team on both sides: vendor contacts by function beside the partner manager, the escalation path,
 * and the partner's own contacts by department. Partner people see their own organization's team; partner
 * administrators keep their side; staff who see the partner name the vendor side and may edit the partner's.
 */
@Service
public class RelationshipTeam {

    private final VendorContacts vendorContacts;
    private final PartnerContacts partnerContacts;
    private final EscalationPaths paths;
    private final EscalationPathContacts escalation;
    private final Touchpoints touchpoints;
    private final RelationshipReadings readings;
    private final RelationshipAccess access;
    private final PartnerRegistry organizations;
    private final UserAccounts users;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    RelationshipTeam(VendorContacts vendorContacts, PartnerContacts partnerContacts, EscalationPaths paths,
                     EscalationPathContacts escalation, Touchpoints touchpoints, RelationshipReadings readings,
                     RelationshipAccess access, PartnerRegistry organizations, UserAccounts users, CallerContext callers,
                     AuditTrail audit, Clock clock) {
        this.vendorContacts = vendorContacts;
        this.partnerContacts = partnerContacts;
        this.paths = paths;
        this.escalation = escalation;
        this.touchpoints = touchpoints;
        this.readings = readings;
        this.access = access;
        this.organizations = organizations;
        this.users = users;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The team of an organization the caller may see; empty for any other id. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Optional<Team> team(OrganizationId organization) {
        if (!access.mayRead(callers.require(), organization)) {
            return Optional.empty();
        }
        var named = vendorContacts.findByOrganizationId(organization.value());
        var vendor = named.stream()
                .sorted(Comparator.comparing(VendorContact::function))
                .flatMap(contact -> person(contact.person(), contact.phone()).stream()
                        .map(person -> new VendorContactEntry(contact.function(), person)))
                .toList();
        var manager = organizations.partnerManager(organization).flatMap(id -> person(id, null)).orElse(null);
        var resolved = escalation.resolve(organization);
        var path = new java.util.ArrayList<EscalationContact>();
        for (var step : resolved) {
            var phone = named.stream().filter(c -> c.person().equals(step.person())).map(VendorContact::phone)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            person(step.person(), phone).ifPresent(p -> path.add(new EscalationContact(path.size() + 1, step.step(), p)));
        }
        var contacts = partnerContacts.findByOrganizationIdOrderByDepartmentAscNameAsc(organization.value()).stream()
                .map(PartnerContact::entry).toList();
        return Optional.of(new Team(organization, manager, vendor, contacts, path,
                readings.breadth(organization, LocalDate.now(clock))));
    }

    /** The signed-in partner's own team. */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Team myTeam() {
        return team(callers.require().organization().orElseThrow()).orElseThrow();
    }

    /** The steps of the escalation path as agreed (or the default), before people are resolved. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<EscalationStep> escalationSteps(OrganizationId organization) {
        return access.mayRead(callers.require(), organization) ? escalation.steps(organization) : List.of();
    }

    /** Names {@code person} (an enabled staff account) for {@code function}, or clears the function when null. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public void assignVendorContact(OrganizationId organization, VendorFunction function, @Nullable UserId person,
                                    @Nullable String phone) {
        requireVendorSide(organization);
        var existing = vendorContacts.findByOrganizationIdAndFunction(organization.value(), function);
        if (person == null) {
            existing.ifPresent(vendorContacts::delete);
        } else {
            users.find(person).filter(account -> account.isStaff() && account.enabled())
                    .orElseThrow(() -> new RuleViolation(RelationshipError.NOT_STAFF));
            existing.ifPresentOrElse(contact -> contact.reassign(person, phone),
                    () -> vendorContacts.save(new VendorContact(organization, function, person, phone)));
        }
        audit.recordChange(AuditAction.VENDOR_CONTACT_CHANGED, organization,
                function + " " + (person == null ? "cleared" : "to user " + person.value()));
    }

    /** Replaces the escalation path; an empty list returns to {@link EscalationStep#DEFAULT_PATH}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public void changeEscalationPath(OrganizationId organization, List<EscalationStep> steps) {
        requireVendorSide(organization);
        if (new HashSet<>(steps).size() != steps.size()) {
            throw new RuleViolation(RelationshipError.DUPLICATE_STEP);
        }
        paths.deleteByOrganization(organization.value());
        for (int i = 0; i < steps.size(); i++) {
            paths.save(new EscalationPathStep(organization, i + 1, steps.get(i)));
        }
        audit.recordChange(AuditAction.ESCALATION_PATH_CHANGED, organization, steps.toString());
    }

    /** Adds a partner-side contact (partner administrators of the organization, or staff who see it). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional
    public PartnerContactEntry addPartnerContact(OrganizationId organization, PartnerContactForm form) {
        if (!access.mayChangePartnerSide(callers.require(), organization)) {
            throw new RuleViolation(RelationshipError.ORGANIZATION_NOT_FOUND);
        }
        requireAccountOf(organization, form.account());
        var contact = partnerContacts.save(new PartnerContact(organization, form));
        audit.recordChange(AuditAction.PARTNER_CONTACT_ADDED, organization, form.department() + " " + form.name());
        return contact.entry();
    }

    /** Changes a contact the caller may change; false (and nothing changes) for any other id. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional
    public boolean changePartnerContact(long contactId, PartnerContactForm form) {
        var contact = partnerContacts.findById(contactId)
                .filter(c -> access.mayChangePartnerSide(callers.require(), c.organization()));
        if (contact.isEmpty()) {
            return false;
        }
        requireAccountOf(contact.get().organization(), form.account());
        contact.get().change(form);
        audit.recordChange(AuditAction.PARTNER_CONTACT_CHANGED, contact.get().organization(), form.department() + " " + form.name());
        return true;
    }

    /** Removes a contact the caller may change (and their attendance); false for any other id. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional
    public boolean removePartnerContact(long contactId) {
        var contact = partnerContacts.findById(contactId)
                .filter(c -> access.mayChangePartnerSide(callers.require(), c.organization()));
        if (contact.isEmpty()) {
            return false;
        }
        touchpoints.attendedBy(contactId).forEach(touchpoint -> touchpoint.forgetContact(contactId));
        partnerContacts.delete(contact.get());
        audit.recordChange(AuditAction.PARTNER_CONTACT_REMOVED, contact.get().organization(), contact.get().entry().name());
        return true;
    }

    /** Staff people who may be named as vendor contacts, by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<Person> staff() {
        return users.enabledWithRoles(EnumSet.of(Role.ADMIN, Role.CHANNEL_MANAGER)).stream()
                .map(account -> new Person(account.id(), account.displayName(), account.email(), null)).toList();
    }

    /** The organization's enabled portal accounts a contact may be linked to; empty for an organization out of reach. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')")
    @Transactional(readOnly = true)
    public List<Person> linkableAccounts(OrganizationId organization) {
        if (!access.mayChangePartnerSide(callers.require(), organization)) {
            return List.of();
        }
        return users.enabledWithRoles(Role.PARTNER).stream().filter(account -> organization.equals(account.organization()))
                .map(account -> new Person(account.id(), account.displayName(), account.email(), null)).toList();
    }

    private void requireVendorSide(OrganizationId organization) {
        if (!access.mayChangeVendorSide(callers.require(), organization)) {
            throw new RuleViolation(RelationshipError.ORGANIZATION_NOT_FOUND);
        }
    }

    private void requireAccountOf(OrganizationId organization, @Nullable UserId account) {
        if (account != null && users.find(account).map(UserAccount::organization).filter(organization::equals).isEmpty()) {
            throw new RuleViolation(RelationshipError.ACCOUNT_OF_ANOTHER_ORGANIZATION);
        }
    }

    private Optional<Person> person(UserId id, @Nullable String phone) {
        return users.find(id).map(account -> new Person(id, account.displayName(), account.email(), phone));
    }
}
