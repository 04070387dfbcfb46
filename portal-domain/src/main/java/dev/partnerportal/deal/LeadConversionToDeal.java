package dev.partnerportal.deal;

import dev.partnerportal.lead.AcceptedLead;
import dev.partnerportal.lead.LeadConversion;
import org.springframework.stereotype.Component;

/**
 * An accepted lead becomes a deal registration of the accepting organization, submitted for review and
 * conflict-checked like any other, remembering the lead and the fund request it came from.
 */
@Component
class LeadConversionToDeal implements LeadConversion {

    private final DealIntake intake;

    LeadConversionToDeal(DealIntake intake) {
        this.intake = intake;
    }

    @Override
    public long convert(AcceptedLead lead) {
        return intake.registerFromLead(lead.organization(), lead.acceptedBy(), new LeadDeal(lead.leadId(),
                lead.fundRequestId(), lead.customerCompany(), lead.customerDomain(), lead.country(), lead.products(),
                lead.value(), lead.currency())).value();
    }
}
