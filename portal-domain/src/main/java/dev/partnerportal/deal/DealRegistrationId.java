package dev.partnerportal.deal;

/** The id of a deal registration. */
public record DealRegistrationId(long value) {
}
