package dev.partnerportal.lead;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A lead a partner person has just accepted: what a deal registration needs to start from. */
public record AcceptedLead(UUID leadId, @Nullable UUID fundRequestId, OrganizationId organization, UserId acceptedBy,
                           String customerCompany, @Nullable String customerDomain, String country, Set<String> products,
                           BigDecimal value, String currency) {

    public AcceptedLead {
        products = Set.copyOf(products);
    }
}
