package dev.partnerportal.lead;

/**
 * Where a lead is: not yet offered, offered to one partner, accepted by it, or returned to staff because no
 * eligible partner was left.
 */
public enum LeadStatus {
    UNASSIGNED, OFFERED, ACCEPTED, RETURNED
}
