package dev.partnerportal.earlyaccess;

import dev.partnerportal.shared.OrganizationId;
import java.time.Instant;

/** One organization's application or invitation to a beta, as staff see it. */
public record Participant(long id, BetaId beta, String betaName, OrganizationId organization, String organizationName,
                          ParticipationStatus status, ParticipationOrigin origin, Instant requestedAt) {
}
