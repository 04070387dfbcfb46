package dev.partnerportal.relationship;

import dev.partnerportal.shared.OrganizationId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A partner's team on both sides, who to call when something breaks, and how broad it is. */
public record Team(OrganizationId organization, @Nullable Person partnerManager, List<VendorContactEntry> vendorContacts,
                   List<PartnerContactEntry> partnerContacts, List<EscalationContact> escalationPath, Breadth breadth) {

    public Team {
        vendorContacts = List.copyOf(vendorContacts);
        partnerContacts = List.copyOf(partnerContacts);
        escalationPath = List.copyOf(escalationPath);
    }
}
