package dev.partnerportal.survey;

import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens a follow-up task for the organization's partner manager when an attributed response scores as a
 * detractor. Runs inside the submitting transaction, so a detractor response never exists without its task.
 */
@Component
class FollowUpOpener {

    private final FollowUpTasks tasks;
    private final PartnerRegistry organizations;
    private final Clock clock;

    FollowUpOpener(FollowUpTasks tasks, PartnerRegistry organizations, Clock clock) {
        this.tasks = tasks;
        this.organizations = organizations;
        this.clock = clock;
    }

    @EventListener
    void on(SurveyResponseSubmitted submitted) {
        var score = submitted.npsScore();
        var organizationId = submitted.organizationId();
        if (!submitted.attributed() || score == null || !NpsScore.isDetractor(score) || organizationId == null) {
            return;
        }
        var manager = organizations.partnerManager(new OrganizationId(organizationId)).map(UserId::value);
        tasks.save(new FollowUpTask(submitted.responseId(), submitted.wave().value(), organizationId,
                manager.orElse(null), score, clock.instant()));
    }
}
