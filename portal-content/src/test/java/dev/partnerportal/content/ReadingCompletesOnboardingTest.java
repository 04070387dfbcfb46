package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.onboarding.JourneyStep;
import dev.partnerportal.onboarding.OnboardingJourneys;
import dev.partnerportal.onboarding.StepKind;
import dev.partnerportal.testsupport.EventReactions;
import dev.partnerportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Opening the onboarding guide completes the journey step that asks for it, for the reader's organization only. */
@SpringBootTest(classes = ContentTestApplication.class)
class ReadingCompletesOnboardingTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ContentLibrary library;
    @Autowired
    OnboardingJourneys journeys;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        SignIn.out();
        jdbc.update("update onboarding_step set completed_at = null, completed_by = null where kind = 'READ_CONTENT'");
    }

    @Test
    void readingTheGuideTicksTheReadersOwnStep() {
        SignIn.as(provider, "bob@northwind.test");
        var guide = library.findBySlug("your-first-30-days-in-the-program").orElseThrow();

        library.markRead(guide.id());
        EventReactions.awaitSettled(context); // onboarding hears of the reading after commit

        assertThat(journeys.mine().steps()).filteredOn(step -> step.kind() == StepKind.READ_CONTENT)
                .singleElement().extracting(JourneyStep::done).isEqualTo(true);
        SignIn.as(provider, "carol@contoso.test");
        assertThat(journeys.mine().steps()).filteredOn(step -> step.kind() == StepKind.READ_CONTENT)
                .singleElement().extracting(JourneyStep::done).isEqualTo(false);
    }

    @Test
    void anItemOutsideTheAudienceCompletesNothing() {
        SignIn.as(provider, "alice@northwind.test");
        var goldOnly = library.findBySlug("gold-partner-deal-desk-playbook").orElseThrow();
        SignIn.as(provider, "carol@contoso.test");
        long before = jdbc.queryForObject("select count(*) from onboarding_step where completed_at is not null", Long.class);

        library.markRead(goldOnly.id());
        EventReactions.awaitSettled(context);

        assertThat(jdbc.queryForObject("select count(*) from onboarding_step where completed_at is not null", Long.class))
                .isEqualTo(before);
    }
}
