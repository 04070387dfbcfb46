package dev.partnerportal.onboarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingSteps extends JpaRepository<OnboardingStep, Long> {

    List<OnboardingStep> findByOrganizationIdOrderByPosition(Long organizationId);

    List<OnboardingStep> findByOrganizationIdInOrderByPosition(java.util.Collection<Long> organizationIds);

    boolean existsByOrganizationId(Long organizationId);
}
