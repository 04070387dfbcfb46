package dev.partnerportal.escalation;

import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns stored escalations into what people see, with the targets' states as of now. Checks no caller. */
@Component
class EscalationReader {

    private final WorkingTime workingTime;
    private final EscalationEntries entries;
    private final EscalationAttachments attachments;
    private final PartnerRegistry organizations;
    private final UserAccounts users;
    private final Clock clock;

    EscalationReader(WorkingTime workingTime, EscalationEntries entries, EscalationAttachments attachments,
                     PartnerRegistry organizations, UserAccounts users, Clock clock) {
        this.workingTime = workingTime;
        this.entries = entries;
        this.attachments = attachments;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    EscalationSummary summary(Escalation e, BusinessCalendar calendar) {
        var now = clock.instant();
        var organizationName = organizations.find(new OrganizationId(e.getOrganizationId()))
                .map(OrganizationSummary::name).orElse("");
        return new EscalationSummary(new EscalationId(e.getId()), e.getOrganizationId(), organizationName,
                e.getCategory(), e.getSeverity(), e.getTitle(), e.getStatus(), e.getRaisedAt(), e.getRespondDue(),
                e.getResolveDue(), e.getRespondedAt(), e.getResolvedAt(),
                WorkingTime.state(calendar, e.getRaisedAt(), e.getRespondDue(), e.getRespondedAt(), now),
                WorkingTime.state(calendar, e.getRaisedAt(), e.getResolveDue(), e.getResolvedAt(), now),
                WorkingTime.timeLeft(calendar, e, now));
    }

    EscalationDetail detail(Escalation e) {
        var hours = workingTime.hours();
        var attachment = attachments.findById(e.getId());
        var history = entries.findByEscalationIdOrderByAtAscIdAsc(e.getId()).stream()
                .map(entry -> entry.toEntry(name(entry.actorId()))).toList();
        var reopenable = e.getResolvedAt() != null && !e.getStatus().isActive()
                && !clock.instant().isAfter(e.reopenableUntil(hours.reopenDays()))
                ? e.reopenableUntil(hours.reopenDays()) : null;
        return new EscalationDetail(summary(e, workingTime.calendar()), e.getDescription(), name(e.getRaisedBy()),
                attachment.map(EscalationAttachment::fileName).orElse(null),
                attachment.map(EscalationAttachment::mediaType).orElse(null), history, reopenable);
    }

    String name(@Nullable Long userId) {
        return userId == null ? "" : users.find(new UserId(userId)).map(UserAccount::displayName).orElse("");
    }
}
