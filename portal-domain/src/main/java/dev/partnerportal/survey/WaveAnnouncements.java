package dev.partnerportal.survey;

import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notify;
import dev.partnerportal.partner.OrganizationStatus;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.PortalLanguages;
import dev.partnerportal.shared.ScheduledJobs;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the people of every active organization in a wave's audience that the wave is open
 * ({@link NotificationKind#SURVEY_INVITATION}, linking to {@code /surveys/answer/{wave}}): at once for a wave
 * planned to open now, and for a wave planned to open later from the quarter-hourly job once it opens. A pending
 * wave is claimed by one run only, and a person is not told twice while the notification is unread.
 */
@Component
class WaveAnnouncements {

    private final SurveyWaves waves;
    private final PartnerRegistry organizations;
    private final UserAccounts users;
    private final Notify notify;
    private final Clock clock;

    WaveAnnouncements(SurveyWaves waves, PartnerRegistry organizations, UserAccounts users, Notify notify, Clock clock) {
        this.waves = waves;
        this.organizations = organizations;
        this.users = users;
        this.notify = notify;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.surveys.announce-cron:0 */15 * * * *}")
    @SchedulerLock(name = "survey.wave-announcements", lockAtLeastFor = ScheduledJobs.CRON_LOCK_AT_LEAST)
    @Transactional
    void announceOnSchedule() {
        announceOpened();
    }

    /** Announces the waves planned to open later that have opened since; answers how many. */
    @Transactional
    int announceOpened() {
        int announced = 0;
        for (var wave : waves.findToAnnounceAt(clock.instant())) {
            if (waves.claimAnnouncement(wave.id().value()) == 1) {
                announce(wave);
                announced++;
            }
        }
        return announced;
    }

    /** Tells each active person of each active organization in the wave's audience, in their language. */
    void announce(SurveyWave wave) {
        var link = "/surveys/answer/" + wave.id().value();
        for (var organization : organizations.all()) {
            if (organization.status() != OrganizationStatus.ACTIVE || !wave.includes(organization)) {
                continue;
            }
            for (var person : users.activeMembers(organization.organizationId())) {
                notify.person(person.id(), NotificationKind.SURVEY_INVITATION,
                        wave.getSurvey().definition().title(PortalLanguages.resolve(person.preferredLocale())), link);
            }
        }
    }
}
