package dev.partnerportal.lead;

import java.util.UUID;

/**
 * Turns an accepted lead into a deal registration. Called inside the transaction that accepts the lead, so a
 * failure here leaves the lead offered and nothing accepted. The application uses the one bean of this type
 * if there is one, otherwise a built-in conversion that only records the acceptance on the lead.
 */
public interface LeadConversion {

    /** Registers the deal for {@code lead} and answers its id, which the lead keeps. */
    UUID convert(AcceptedLead lead);
}
