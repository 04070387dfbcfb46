package dev.partnerportal.onboarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingSteps extends JpaRepository<OnboardingStep, Long> {

    List<OnboardingStep> findByOrganizationIdOrderByPosition(Long organizationId);

    boolean existsByOrganizationId(Long organizationId);
}
