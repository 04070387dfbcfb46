package dev.partnerportal.deal;

/** The id of a co-selling request. */
public record CoSellingRequestId(long value) {
}
