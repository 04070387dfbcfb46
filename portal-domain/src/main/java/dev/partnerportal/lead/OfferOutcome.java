package dev.partnerportal.lead;

/** How an offer of a lead to one partner ended; OPEN while it runs. */
enum OfferOutcome {
    OPEN, ACCEPTED, REJECTED, EXPIRED, WITHDRAWN
}
