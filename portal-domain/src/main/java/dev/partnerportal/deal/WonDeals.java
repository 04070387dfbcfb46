package dev.partnerportal.deal;

import dev.partnerportal.shared.OrganizationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an organization won, for tier requirements. Caller-unchecked: for domain features (tiers) that decide
 * themselves who may see the result; not for views.
 */
@Component
public class WonDeals {

    private final DealRegistrations registrations;

    WonDeals(DealRegistrations registrations) {
        this.registrations = registrations;
    }

    /** How many deals the organization marked won on or after {@code since}. */
    @Transactional(readOnly = true)
    public long count(OrganizationId organization, LocalDate since) {
        return registrations.countWonSince(organization.value(), since);
    }

    /** The final amounts of those deals in one currency (other currencies are not converted, they do not count). */
    @Transactional(readOnly = true)
    public BigDecimal amount(OrganizationId organization, String currency, LocalDate since) {
        return registrations.wonAmountSince(organization.value(), currency, since);
    }
}
