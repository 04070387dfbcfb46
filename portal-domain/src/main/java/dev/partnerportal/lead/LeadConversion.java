package dev.partnerportal.lead;

/**
 * Turns an accepted lead into a deal registration. Called inside the transaction that accepts the lead, so a
 * failure here leaves the lead offered and nothing accepted. The deal feature implements it (the lead feature
 * does not depend on deals; deals depend on leads).
 */
public interface LeadConversion {

    /** Registers the deal for {@code lead} and answers its id, which the lead keeps. */
    long convert(AcceptedLead lead);
}
