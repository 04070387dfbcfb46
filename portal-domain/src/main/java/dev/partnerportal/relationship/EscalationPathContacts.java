package dev.partnerportal.relationship;

import dev.partnerportal.escalation.EscalationContacts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves a partner's escalation path (the agreed steps, or {@link EscalationStep#DEFAULT_PATH}) to people:
 * a step without a named person is skipped, and a person named for two steps is called once, at the first.
 */
@Component
@Transactional(readOnly = true)
class EscalationPathContacts implements EscalationContacts {

    /** One resolved step: who is called, and in which capacity. */
    record Resolved(EscalationStep step, UserId person) {
    }

    private final EscalationPaths paths;
    private final VendorContacts vendorContacts;
    private final PartnerRegistry organizations;

    EscalationPathContacts(EscalationPaths paths, VendorContacts vendorContacts, PartnerRegistry organizations) {
        this.paths = paths;
        this.vendorContacts = vendorContacts;
        this.organizations = organizations;
    }

    List<EscalationStep> steps(OrganizationId organization) {
        return steps(paths.findByOrganizationIdOrderByPosition(organization.value()));
    }

    List<Resolved> resolve(OrganizationId organization) {
        return resolve(steps(organization), vendorContacts.findByOrganizationId(organization.value()),
                organizations.partnerManager(organization));
    }

    /** The path without the partner manager, whom the escalation feature reaches anyway; each table read once. */
    @Override
    public Map<OrganizationId, List<UserId>> contactsFor(Collection<OrganizationId> organizations) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        var ids = organizations.stream().map(OrganizationId::value).distinct().toList();
        var agreed = paths.findByOrganizationIdInOrderByPosition(ids).stream()
                .collect(Collectors.groupingBy(EscalationPathStep::organization));
        var named = vendorContacts.findByOrganizationIdIn(ids).stream()
                .collect(Collectors.groupingBy(VendorContact::organization));
        var managers = this.organizations.partnerManagers(organizations);
        var contacts = new HashMap<OrganizationId, List<UserId>>();
        for (var organization : organizations) {
            var manager = Optional.ofNullable(managers.get(organization));
            contacts.put(organization, resolve(steps(agreed.getOrDefault(organization, List.of())),
                    named.getOrDefault(organization, List.of()), manager).stream()
                    .map(Resolved::person).filter(person -> !manager.map(person::equals).orElse(false)).toList());
        }
        return contacts;
    }

    private static List<EscalationStep> steps(List<EscalationPathStep> agreed) {
        return agreed.isEmpty() ? EscalationStep.DEFAULT_PATH : agreed.stream().map(EscalationPathStep::step).toList();
    }

    /** Resolves the steps to the people named for them: each person once, at the first step naming them. */
    private static List<Resolved> resolve(List<EscalationStep> steps, List<VendorContact> named, Optional<UserId> manager) {
        var seen = new HashSet<UserId>();
        var path = new ArrayList<Resolved>();
        for (var step : steps) {
            var person = step == EscalationStep.PARTNER_MANAGER ? manager
                    : named.stream().filter(contact -> contact.function().name().equals(step.name()))
                            .map(VendorContact::person).findFirst();
            person.filter(seen::add).ifPresent(p -> path.add(new Resolved(step, p)));
        }
        return path;
    }
}
