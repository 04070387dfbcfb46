package dev.partnerportal.lead;

import dev.partnerportal.mdf.Attributed;
import dev.partnerportal.mdf.FundResults;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The leads part of a fund request's results: every lead staff recorded as coming from that request. */
@Component
class LeadFundResults implements FundResults {

    private final SalesLeads leads;

    LeadFundResults(SalesLeads leads) {
        this.leads = leads;
    }

    @Override
    @Transactional(readOnly = true)
    public Attributed attributedTo(UUID fundRequestId) {
        return new Attributed(leads.countByFundRequestId(fundRequestId), 0, 0, Map.of());
    }
}
