package dev.partnerportal.escalation;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Implemented by the feature that keeps each partner's vendor team (relationship): the staff people an
 * escalation of this organization reaches besides its partner manager, first contact first. Checks no caller.
 */
public interface EscalationContacts {

    /** The contacts of each of these organizations that has any, read with a fixed number of statements. */
    Map<OrganizationId, List<UserId>> contactsFor(Collection<OrganizationId> organizations);

    default List<UserId> contactsFor(OrganizationId organization) {
        return contactsFor(List.of(organization)).getOrDefault(organization, List.of());
    }
}
