package dev.partnerportal.onboarding;

import dev.partnerportal.partner.PartnerType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingTemplates extends JpaRepository<OnboardingTemplateStep, Long> {

    List<OnboardingTemplateStep> findByPartnerTypeOrderByPosition(PartnerType partnerType);
}
