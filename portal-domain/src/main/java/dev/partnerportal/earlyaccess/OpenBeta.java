package dev.partnerportal.earlyaccess;

import org.jspecify.annotations.Nullable;

/** A beta a partner organization may see: whether it is eligible, and where it stands (empty: not yet asked). */
public record OpenBeta(BetaSummary beta, boolean eligible, @Nullable ParticipationStatus status) {
}
