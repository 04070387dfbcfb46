package dev.partnerportal.lead;

import java.util.UUID;

/**
 * The conversion used while no other {@link LeadConversion} exists: it registers nothing elsewhere and answers
 * a fresh id under which the acceptance is recorded on the lead.
 */
final class RecordOnlyConversion implements LeadConversion {

    @Override
    public UUID convert(AcceptedLead lead) {
        return UUID.randomUUID();
    }
}
