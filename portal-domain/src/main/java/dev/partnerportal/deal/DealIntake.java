package dev.partnerportal.deal;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a lead a partner accepted into a deal registration, submitted for review and conflict-checked like any
 * other. Caller-unchecked: the lead feature has decided that {@code acceptedBy} of {@code organization} may.
 */
@Component
public class DealIntake {

    /** The expected close of a registration from a lead, in days from today, until the partner changes it. */
    public static final int LEAD_CLOSE_DAYS = 90;

    private final Registrar registrar;
    private final Clock clock;

    DealIntake(Registrar registrar, Clock clock) {
        this.registrar = registrar;
        this.clock = clock;
    }

    /**
     * Registers the lead's customer for {@code organization}, remembering the lead and its fund request.
     *
     * @throws dev.partnerportal.shared.RuleViolation when the lead's data is not a valid registration
     */
    @Transactional
    public DealRegistrationId registerFromLead(OrganizationId organization, UserId acceptedBy, LeadDeal lead) {
        var deal = new NewDeal(lead.customerCompany(), lead.customerDomain(), lead.country(), lead.products(),
                lead.value(), lead.currency(), LocalDate.now(clock).plusDays(LEAD_CLOSE_DAYS), DealStage.QUALIFIED, null);
        return new DealRegistrationId(registrar.register(organization, acceptedBy, deal, lead.leadId(),
                lead.fundRequestId()).getId());
    }
}
