package dev.partnerportal.relationship;

import dev.partnerportal.escalation.EscalationContacts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        var agreed = paths.findByOrganizationIdOrderByPosition(organization.value()).stream().map(EscalationPathStep::step).toList();
        return agreed.isEmpty() ? EscalationStep.DEFAULT_PATH : agreed;
    }

    List<Resolved> resolve(OrganizationId organization) {
        var named = vendorContacts.findByOrganizationId(organization.value());
        var manager = organizations.partnerManager(organization);
        var seen = new HashSet<UserId>();
        var path = new ArrayList<Resolved>();
        for (var step : steps(organization)) {
            var person = step == EscalationStep.PARTNER_MANAGER ? manager
                    : named.stream().filter(contact -> contact.function().name().equals(step.name()))
                            .map(VendorContact::person).findFirst();
            person.filter(seen::add).ifPresent(p -> path.add(new Resolved(step, p)));
        }
        return path;
    }

    /** The path without the partner manager, whom the escalation feature reaches anyway. */
    @Override
    public List<UserId> contactsFor(OrganizationId organization) {
        var manager = organizations.partnerManager(organization).orElse(null);
        return resolve(organization).stream().map(Resolved::person).filter(person -> !person.equals(manager)).toList();
    }
}
