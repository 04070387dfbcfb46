package dev.partnerportal.deal;

import dev.partnerportal.mdf.Attributed;
import dev.partnerportal.mdf.FundResults;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The deals part of a fund request's results: registrations from its leads, those won and the amounts won. */
@Component
class DealFundResults implements FundResults {

    private final DealAttribution attribution;

    DealFundResults(DealAttribution attribution) {
        this.attribution = attribution;
    }

    @Override
    public Attributed attributedTo(UUID fundRequestId) {
        var deals = attribution.forFundRequest(fundRequestId);
        return new Attributed(0, deals.registered(), deals.won(), deals.wonAmount());
    }
}
