package dev.partnerportal.relationship;

import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads cadence, next steps and breadth of one organization; checks no caller (the services and signals do). */
@Component
@Transactional(readOnly = true)
class RelationshipReadings {

    private final CadenceAgreements cadences;
    private final Touchpoints touchpoints;
    private final PartnerContacts partnerContacts;
    private final VendorContacts vendorContacts;
    private final PartnerRegistry organizations;

    RelationshipReadings(CadenceAgreements cadences, Touchpoints touchpoints, PartnerContacts partnerContacts,
                         VendorContacts vendorContacts, PartnerRegistry organizations) {
        this.cadences = cadences;
        this.touchpoints = touchpoints;
        this.partnerContacts = partnerContacts;
        this.vendorContacts = vendorContacts;
        this.organizations = organizations;
    }

    List<CadenceAgreement> agreements(OrganizationId organization) {
        return cadences.findByOrganizationIdOrderByKind(organization.value());
    }

    List<CadenceStatus> cadence(OrganizationId organization, LocalDate today) {
        return agreements(organization).stream()
                .map(agreement -> RelationshipRules.status(agreement.entry(), agreement.agreedOn(),
                        touchpoints.lastOfKind(organization.value(), agreement.entry().kind()).orElse(null), today))
                .toList();
    }

    List<Touchpoint> recent(OrganizationId organization, LocalDate today) {
        return touchpoints.findByOrganizationIdAndHappenedOnGreaterThanEqual(organization.value(),
                today.minusDays(RelationshipRules.WINDOW_DAYS));
    }

    int overdueNextSteps(OrganizationId organization, LocalDate today) {
        return (int) touchpoints.findByOrganizationIdOrderByHappenedOnDescIdDesc(organization.value()).stream()
                .flatMap(touchpoint -> touchpoint.nextSteps().stream())
                .filter(step -> step.overdueOn(today))
                .count();
    }

    /**
     * Departments with a named contact; partner contacts who attended a touchpoint in the window; and the vendor
     * people named for this partner (vendor contacts and the partner manager, each person once).
     */
    Breadth breadth(OrganizationId organization, LocalDate today) {
        var contacts = partnerContacts.findByOrganizationIdOrderByDepartmentAscNameAsc(organization.value());
        var departments = EnumSet.noneOf(Department.class);
        contacts.forEach(contact -> departments.add(contact.department()));
        var known = new HashSet<Long>();
        contacts.forEach(contact -> known.add(contact.id()));
        var engaged = new HashSet<Long>();
        recent(organization, today).forEach(touchpoint -> engaged.addAll(touchpoint.contactAttendees()));
        engaged.retainAll(known);
        var vendorPeople = new HashSet<Long>();
        vendorContacts.findByOrganizationId(organization.value()).forEach(contact -> vendorPeople.add(contact.person().value()));
        organizations.partnerManager(organization).ifPresent(manager -> vendorPeople.add(manager.value()));
        return new Breadth(departments, engaged.size(), vendorPeople.size());
    }

    RelationshipSummary summary(OrganizationId organization, LocalDate today) {
        var cadence = cadence(organization, today);
        return new RelationshipSummary(organization, touchpoints.lastContact(organization.value()).orElse(null),
                !cadence.isEmpty(),
                cadence.stream().filter(CadenceStatus::overdue).map(status -> status.entry().kind()).toList(),
                overdueNextSteps(organization, today), breadth(organization, today));
    }
}
