package dev.partnerportal.survey;

import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Detractor follow-up tasks. A channel manager sees and closes the tasks assigned to them; administrators
 * see and close all of them, including tasks of organizations without a partner manager.
 */
@Service
public class FollowUpDesk {

    private final FollowUpTasks tasks;
    private final SurveyWaves waves;
    private final SurveyResponses responses;
    private final SurveyInvitations invitations;
    private final PartnerRegistry organizations;
    private final UserAccounts users;
    private final CallerContext callers;
    private final Clock clock;

    FollowUpDesk(FollowUpTasks tasks, SurveyWaves waves, SurveyResponses responses, SurveyInvitations invitations,
                 PartnerRegistry organizations, UserAccounts users, CallerContext callers, Clock clock) {
        this.tasks = tasks;
        this.waves = waves;
        this.responses = responses;
        this.invitations = invitations;
        this.organizations = organizations;
        this.users = users;
        this.callers = callers;
        this.clock = clock;
    }

    /** The caller's tasks, open ones first, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<FollowUp> myTasks() {
        var caller = callers.require();
        var found = caller.role() == Role.ADMIN ? tasks.findAllNewestFirst() : tasks.findByAssignee(caller.userId().value());
        Map<Long, String> names = organizations.all().stream()
                .collect(Collectors.toMap(OrganizationSummary::id, OrganizationSummary::name));
        return found.stream().map(task -> view(task, names)).toList();
    }

    /** Closes one of the caller's tasks with what was done; someone else's task answers "not found". */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public void close(long taskId, String whatWasDone) {
        var caller = callers.require();
        var task = tasks.findById(taskId)
                .filter(t -> caller.role() == Role.ADMIN || Long.valueOf(caller.userId().value()).equals(t.getAssigneeId()))
                .orElseThrow(SurveyNotFoundException::new);
        task.close(caller.userId().value(), whatWasDone, clock.instant());
    }

    private FollowUp view(FollowUpTask task, Map<Long, String> names) {
        var wave = waves.findById(task.getWaveId()).orElseThrow();
        var response = responses.findById(task.getResponseId()).orElseThrow();
        String respondent = null;
        if (response.getUserId() != null) {
            respondent = users.find(new UserId(response.getUserId())).map(u -> u.displayName() + " <" + u.email() + ">").orElse(null);
        } else if (response.getInvitationId() != null) {
            respondent = invitations.findById(response.getInvitationId()).map(SurveyInvitation::getEmail).orElse(null);
        }
        return new FollowUp(task.getId(), wave.getName(), wave.getSurvey().getTitle(), task.getOrganizationId(),
                names.getOrDefault(task.getOrganizationId(), ""), respondent, task.getScore(), task.isOpen(),
                task.getOpenedAt(), task.getClosedAt(), task.getResolution());
    }
}
