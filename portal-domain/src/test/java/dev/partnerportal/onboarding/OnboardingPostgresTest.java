package dev.partnerportal.onboarding;

import dev.partnerportal.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class OnboardingPostgresTest extends OnboardingContract {
}
