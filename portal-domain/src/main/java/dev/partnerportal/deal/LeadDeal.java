package dev.partnerportal.deal;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An accepted lead as the lead feature hands it over to become a deal registration: the registration remembers
 * the lead and the fund request (MDF activity) it came from, for attribution.
 */
public record LeadDeal(UUID leadId, @Nullable UUID fundRequestId, String customerCompany, String customerDomain,
                       String country, Set<String> products, BigDecimal value, String currency) {
}
