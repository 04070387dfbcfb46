package dev.partnerportal.survey;

import static dev.partnerportal.testsupport.NotificationCounts.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.NotificationCounts;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A wave that opens is news for the people of the organizations it asks, and a personal invitation for its person. */
@SpringBootTest
class SurveyInvitationNotificationTest {

    @Autowired
    SurveyDesigner designer;
    @Autowired
    WaveAnnouncements announcements;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    String northwind;

    @BeforeEach
    void clean() {
        clock.set(TestClockConfiguration.START);
        NotificationCounts.clear(jdbc);
        northwind = Long.toString(organizations.findByName("Northwind Traders").orElseThrow().id());
        SignIn.as(provider, "manager@vendor.test");
    }

    @AfterEach
    void tidy() {
        SignIn.out();
        clock.set(TestClockConfiguration.START);
        NotificationCounts.clear(jdbc);
    }

    private WaveId wave(String name, Duration opensIn) {
        var survey = designer.createSurvey("Pulse " + name, NpsTemplate.questions());
        return designer.planWave(new WaveDraft(survey, name, clock.instant().plus(opensIn),
                clock.instant().plus(opensIn).plus(Duration.ofDays(14)), false, AudienceKind.ORGANIZATIONS,
                Set.of(northwind)));
    }

    @Test
    void aWaveOpenAtOnceTellsItsOrganizationsPeopleOnceButNotOthersOrWhoeverTurnedItOff() {
        NotificationCounts.turnOff(jdbc, "bob@northwind.test", "SURVEY_INVITATION");
        var wave = wave("Now " + System.nanoTime(), Duration.ZERO);
        var link = "/surveys/answer/" + wave.value();

        assertThat(of(jdbc, "alice@northwind.test", "SURVEY_INVITATION", link)).isEqualTo(1);
        assertThat(of(jdbc, "bob@northwind.test", "SURVEY_INVITATION")).as("turned off").isZero();
        assertThat(of(jdbc, "carol@contoso.test", "SURVEY_INVITATION")).as("not in the audience").isZero();
        announcements.announceOpened();
        assertThat(of(jdbc, "alice@northwind.test", "SURVEY_INVITATION", link)).as("announced already").isEqualTo(1);

        designer.invite(wave, "alice@northwind.test", null);
        assertThat(of(jdbc, "alice@northwind.test", "SURVEY_INVITATION", link)).as("the same wave, still unread").isEqualTo(1);
        designer.invite(wave, "carol@contoso.test", null);
        assertThat(of(jdbc, "carol@contoso.test", "SURVEY_INVITATION", link)).as("invited in person").isEqualTo(1);
    }

    @Test
    void aWavePlannedForLaterIsAnnouncedOnceWhenItOpens() {
        var wave = wave("Later " + System.nanoTime(), Duration.ofDays(2));
        var link = "/surveys/answer/" + wave.value();
        announcements.announceOpened();
        assertThat(of(jdbc, "alice@northwind.test", "SURVEY_INVITATION", link)).as("not open yet").isZero();

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        assertThat(announcements.announceOpened()).isPositive();
        jdbc.update("update notification set read_at = created_at");
        assertThat(announcements.announceOpened()).as("claimed by the first run").isZero();

        assertThat(of(jdbc, "alice@northwind.test", "SURVEY_INVITATION", link)).isEqualTo(1);
        assertThat(of(jdbc, "bob@northwind.test", "SURVEY_INVITATION", link)).isEqualTo(1);
        assertThat(of(jdbc, "carol@contoso.test", "SURVEY_INVITATION", link)).isZero();
    }
}
