package dev.partnerportal.health;

import dev.partnerportal.shared.OrganizationId;
import org.jspecify.annotations.Nullable;

/** An organization's score on the desk with the component that costs it most (null when none costs anything). */
public record HealthRanking(OrganizationId organization, int score, @Nullable HealthComponent mainReason) {
}
