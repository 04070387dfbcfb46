package dev.partnerportal.analytics;

/** How many active partner organizations hold one tier. */
public record TierShare(String tierCode, String tierName, int rank, long organizations) {
}
