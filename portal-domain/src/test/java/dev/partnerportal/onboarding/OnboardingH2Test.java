package dev.partnerportal.onboarding;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class OnboardingH2Test extends OnboardingContract {
}
