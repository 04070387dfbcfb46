package dev.partnerportal.tier;

import dev.partnerportal.partner.ProgramTier;
import java.time.Instant;

/** One entry of an organization's tier history: from which tier to which, why, and whether a person made it. */
public record RecordedTierChange(ProgramTier from, ProgramTier to, String reason, boolean automatic, Instant changedAt) {
}
