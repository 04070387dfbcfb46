package dev.partnerportal.relationship;

import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads cadence, next steps and breadth of organizations; checks no caller (the services and signals do). */
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
        return breadths(List.of(organization), today).get(organization);
    }

    /** Breadth from an organization's contacts, the contacts who attended in the window and its vendor people. */
    private static Breadth breadth(List<PartnerContact> contacts, Set<Long> attendees, Set<Long> vendorPeople) {
        var departments = EnumSet.noneOf(Department.class);
        contacts.forEach(contact -> departments.add(contact.department()));
        var engaged = new HashSet<Long>(attendees);
        engaged.retainAll(contacts.stream().map(PartnerContact::id).toList());
        return new Breadth(departments, engaged.size(), vendorPeople.size());
    }

    /**
     * The summaries of many organizations in a fixed number of queries, whatever their number (the desk lists
     * every partner of a manager): each table is read once for all of them and the same rules as
     * {@link #summary} are applied in memory.
     */
    Map<OrganizationId, RelationshipSummary> summaries(Collection<OrganizationId> wanted, LocalDate today) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        var ids = ids(wanted);
        var lastContact = new HashMap<Long, LocalDate>();
        touchpoints.lastContacts(ids).forEach(row -> lastContact.put((Long) row[0], (LocalDate) row[1]));
        var cadences = cadences(agreements(wanted), today);
        var overdueSteps = new HashMap<Long, Integer>();
        touchpoints.nextStepsOf(ids).stream().filter(row -> ((NextStep) row[1]).overdueOn(today))
                .forEach(row -> overdueSteps.merge((Long) row[0], 1, Integer::sum));
        var breadths = breadths(wanted, today);
        var result = new LinkedHashMap<OrganizationId, RelationshipSummary>();
        for (var id : ids) {
            var organization = new OrganizationId(id);
            var cadence = cadences.getOrDefault(organization, List.of());
            result.put(organization, new RelationshipSummary(organization, lastContact.get(id), !cadence.isEmpty(),
                    cadence.stream().filter(CadenceStatus::overdue).map(status -> status.entry().kind()).toList(),
                    overdueSteps.getOrDefault(id, 0), breadths.get(organization)));
        }
        return result;
    }

    /** The agreed cadences of those of these organizations that have any, each ordered by kind, in one query. */
    Map<OrganizationId, List<CadenceAgreement>> agreements(Collection<OrganizationId> wanted) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return cadences.findByOrganizationIdInOrderByKind(ids(wanted)).stream()
                .collect(Collectors.groupingBy(CadenceAgreement::organization, LinkedHashMap::new, Collectors.toList()));
    }

    /** How each of these agreements stands {@code today}, as {@link #cadence} reads it for one, in one query. */
    Map<OrganizationId, List<CadenceStatus>> cadences(Map<OrganizationId, List<CadenceAgreement>> agreements,
                                                      LocalDate today) {
        if (agreements.isEmpty()) {
            return Map.of();
        }
        var lastOfKind = new HashMap<Long, Map<TouchpointKind, LocalDate>>();
        touchpoints.lastOfKinds(ids(agreements.keySet())).forEach(row -> lastOfKind
                .computeIfAbsent((Long) row[0], k -> new EnumMap<>(TouchpointKind.class))
                .put((TouchpointKind) row[1], (LocalDate) row[2]));
        var statuses = new HashMap<OrganizationId, List<CadenceStatus>>();
        agreements.forEach((organization, mine) -> {
            var kinds = lastOfKind.getOrDefault(organization.value(), Map.of());
            statuses.put(organization, mine.stream()
                    .map(agreement -> RelationshipRules.status(agreement.entry(), agreement.agreedOn(),
                            kinds.get(agreement.entry().kind()), today))
                    .toList());
        });
        return statuses;
    }

    /** Each organization's touchpoints of the window before {@code today} (and after it), topics read along. */
    Map<OrganizationId, List<Touchpoint>> recent(Collection<OrganizationId> wanted, LocalDate today) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return touchpoints.withTopicsSince(ids(wanted), today.minusDays(RelationshipRules.WINDOW_DAYS)).stream()
                .collect(Collectors.groupingBy(Touchpoint::organization));
    }

    /** The breadth of each of these organizations, as {@link #breadth(OrganizationId, LocalDate)} reads it for one. */
    Map<OrganizationId, Breadth> breadths(Collection<OrganizationId> wanted, LocalDate today) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        var ids = ids(wanted);
        var contacts = partnerContacts.findByOrganizationIdIn(ids).stream()
                .collect(Collectors.groupingBy(contact -> contact.organization().value()));
        var attendees = new HashMap<Long, Set<Long>>();
        touchpoints.contactAttendeesSince(ids, today.minusDays(RelationshipRules.WINDOW_DAYS))
                .forEach(row -> attendees.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]));
        var vendorPeople = new HashMap<Long, Set<Long>>();
        vendorContacts.findByOrganizationIdIn(ids).forEach(contact -> vendorPeople
                .computeIfAbsent(contact.organization().value(), k -> new HashSet<>()).add(contact.person().value()));
        organizations.partnerManagers(wanted).forEach((organization, manager) -> vendorPeople
                .computeIfAbsent(organization.value(), k -> new HashSet<>()).add(manager.value()));
        var result = new LinkedHashMap<OrganizationId, Breadth>();
        for (var id : ids) {
            result.put(new OrganizationId(id), breadth(contacts.getOrDefault(id, List.of()),
                    attendees.getOrDefault(id, Set.of()), vendorPeople.getOrDefault(id, Set.of())));
        }
        return result;
    }

    private static List<Long> ids(Collection<OrganizationId> organizations) {
        return organizations.stream().map(OrganizationId::value).distinct().toList();
    }

    RelationshipSummary summary(OrganizationId organization, LocalDate today) {
        var cadence = cadence(organization, today);
        return new RelationshipSummary(organization, touchpoints.lastContact(organization.value()).orElse(null),
                !cadence.isEmpty(),
                cadence.stream().filter(CadenceStatus::overdue).map(status -> status.entry().kind()).toList(),
                overdueNextSteps(organization, today), breadth(organization, today));
    }
}
