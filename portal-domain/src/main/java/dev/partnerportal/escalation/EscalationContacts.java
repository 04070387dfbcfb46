package dev.partnerportal.escalation;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.util.List;

/**
 * Implemented by the feature that keeps each partner's vendor team (relationship): the staff people an
 * escalation of this organization reaches besides its partner manager, first contact first. Checks no caller.
 */
public interface EscalationContacts {

    List<UserId> contactsFor(OrganizationId organization);
}
