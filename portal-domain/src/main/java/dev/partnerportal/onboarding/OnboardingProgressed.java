package dev.partnerportal.onboarding;

import dev.partnerportal.shared.OrganizationId;

/** A step of an organization's journey was completed; published inside the completing transaction. */
public record OnboardingProgressed(OrganizationId organization, boolean journeyComplete) {
}
