package dev.partnerportal.deal;

import java.math.BigDecimal;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deals attributed to a market development fund request through the leads it produced. Caller-unchecked:
 * the fund feature decides who may see its results.
 */
@Component
public class DealAttribution {

    private final DealRegistrations registrations;

    DealAttribution(DealRegistrations registrations) {
        this.registrations = registrations;
    }

    /** Registered and won counts and the won amount per currency of the deals from this fund request's leads. */
    @Transactional(readOnly = true)
    public AttributedDeals forFundRequest(UUID fundRequestId) {
        var deals = registrations.findByFundRequestId(fundRequestId);
        var amounts = new TreeMap<String, BigDecimal>();
        int won = 0;
        for (var d : deals) {
            if (d.getStage() == DealStage.WON && d.getFinalAmount() != null) {
                won++;
                amounts.merge(d.getCurrency(), d.getFinalAmount(), BigDecimal::add);
            }
        }
        return new AttributedDeals(deals.size(), won, amounts);
    }
}
