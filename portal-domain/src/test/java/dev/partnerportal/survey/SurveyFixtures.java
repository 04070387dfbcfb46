package dev.partnerportal.survey;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Creates surveys and waves the way a channel manager would, for the survey tests. */
@Component
class SurveyFixtures {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private final SurveyDesigner designer;
    private final PortalAuthenticationProvider provider;
    private final MutableClock clock;

    SurveyFixtures(SurveyDesigner designer, PortalAuthenticationProvider provider, MutableClock clock) {
        this.designer = designer;
        this.provider = provider;
        this.clock = clock;
    }

    /** The NPS template, in a wave open for 30 days from now; leaves nobody signed in. */
    Wave npsWave(boolean anonymous, AudienceKind audience, String... values) {
        clock.set(TestClockConfiguration.START);
        SignIn.as(provider, "manager@vendor.test");
        try {
            var survey = designer.createSurvey("NPS " + NAMES.incrementAndGet(), NpsTemplate.questions());
            var wave = designer.planWave(new WaveDraft(survey, "Wave " + NAMES.incrementAndGet(), clock.instant(),
                    clock.instant().plus(Duration.ofDays(30)), anonymous, audience, Set.of(values)));
            return new Wave(wave, designer.survey(survey).orElseThrow());
        } finally {
            SignIn.out();
        }
    }

    record Wave(WaveId id, SurveyDefinition survey) {

        long question(int ordinal) {
            return survey.questions().get(ordinal - 1).id();
        }
    }
}
