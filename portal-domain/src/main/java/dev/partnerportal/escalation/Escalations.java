package dev.partnerportal.escalation;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners raise escalations and follow them; staff answer and move them to closure. A partner reaches only
 * its own organization's escalations (another organization's behave as if they did not exist and nothing
 * changes); channel managers see those of the organizations partner visibility shows them; administrators all.
 */
@Service
public class Escalations {

    private final dev.partnerportal.notification.Notify notify;
    private final EscalationRecords escalations;
    private final EscalationEntries entries;
    private final EscalationAttachments attachments;
    private final AttachmentCheck attachmentCheck;
    private final EscalationReader reader;
    private final EscalationMail mail;
    private final WorkingTime workingTime;
    private final PartnerRegistry organizations;
    private final PartnerVisibility visibility;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Escalations(EscalationRecords escalations, EscalationEntries entries, EscalationAttachments attachments,
                AttachmentCheck attachmentCheck, EscalationReader reader, EscalationMail mail, WorkingTime workingTime,
                PartnerRegistry organizations, PartnerVisibility visibility, CallerContext callers, AuditTrail audit,
                ApplicationEventPublisher events, Clock clock, dev.partnerportal.notification.Notify notify) {
        this.notify = notify;
        this.escalations = escalations;
        this.entries = entries;
        this.attachments = attachments;
        this.attachmentCheck = attachmentCheck;
        this.reader = reader;
        this.mail = mail;
        this.workingTime = workingTime;
        this.organizations = organizations;
        this.visibility = visibility;
        this.callers = callers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Raises an escalation for the caller's own organization, with its targets fixed from now, and tells the
     * partner manager and the escalation contacts by mail.
     *
     * @throws RuleViolation for another organization (as not found), a blank or too long title or description,
     *                       or an attachment that is too large or not a PDF, PNG, JPEG or plain text by content
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public EscalationId raise(OrganizationId organization, NewEscalation raised, @Nullable EscalationFile file) {
        var caller = callers.require();
        if (!organization.equals(caller.organizationId())) {
            throw new RuleViolation(EscalationError.ORGANIZATION_NOT_FOUND);
        }
        var org = organizations.find(organization).orElseThrow(() -> new RuleViolation(EscalationError.ORGANIZATION_NOT_FOUND));
        require(raised.title(), NewEscalation.TITLE_MAX_LENGTH, EscalationError.TITLE_REQUIRED);
        require(raised.description(), NewEscalation.DESCRIPTION_MAX_LENGTH, EscalationError.DESCRIPTION_REQUIRED);
        var mediaType = file == null ? null : attachmentCheck.accept(file);
        var now = clock.instant();
        var calendar = workingTime.calendar();
        var target = workingTime.target(raised.severity());
        var escalation = escalations.saveAndFlush(new Escalation(organization.value(), caller.userId().value(), raised,
                target, now, calendar.plus(now, Duration.ofHours(target.respondHours())),
                calendar.plus(now, Duration.ofHours(target.resolveHours()))));
        if (file != null && mediaType != null) {
            attachments.save(new EscalationAttachment(escalation.getId(), fileName(file.fileName()), mediaType, file.content()));
        }
        entries.save(new EscalationEntry(escalation.getId(), EscalationHistoryEntry.Kind.RAISED, caller.userId().value(),
                false, now, null, EscalationStatus.OPEN, null));
        mail.raised(escalation, org.name(), reader.name(caller.userId().value()), workingTime.hours());
        audit.recordChange(AuditAction.ESCALATION_RAISED, organization, "#" + escalation.getId() + " "
                + raised.severity() + " " + raised.category() + ": " + escalation.getTitle());
        var id = new EscalationId(escalation.getId());
        events.publishEvent(new EscalationRaised(id, organization, raised.severity()));
        return id;
    }

    /** The organization's escalations, newest first, if the caller may see them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<List<EscalationSummary>> ofOrganization(OrganizationId organization) {
        if (!mayRead(callers.require(), organization.value()) || !organizations.exists(organization)) {
            return Optional.empty();
        }
        var calendar = workingTime.calendar();
        return Optional.of(escalations.findByOrganizationIdOrderByRaisedAtDesc(organization.value()).stream()
                .map(e -> reader.summary(e, calendar)).toList());
    }

    /** One escalation with its history, if the caller may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<EscalationDetail> find(EscalationId id) {
        return visible(id).map(reader::detail);
    }

    /** The attachment of an escalation the caller may see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<StoredEscalationFile> attachment(EscalationId id) {
        return visible(id).flatMap(e -> attachments.findById(e.getId())).map(EscalationAttachment::toFile);
    }

    /**
     * Every unresolved escalation of the organizations the caller sees, the one closest to (or furthest past)
     * its next target first.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<EscalationSummary> queue() {
        var caller = callers.require();
        var calendar = workingTime.calendar();
        return escalations.findByStatusIn(EnumSet.of(EscalationStatus.OPEN, EscalationStatus.ACKNOWLEDGED,
                        EscalationStatus.IN_PROGRESS)).stream()
                .filter(e -> mayRead(caller, e.getOrganizationId()))
                .map(e -> reader.summary(e, calendar))
                .sorted(Comparator.comparing(EscalationSummary::timeLeft, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(EscalationSummary::severity))
                .toList();
    }

    /**
     * Answers an escalation, moves it on, or both. Staff: a message acknowledges an open escalation (the first
     * staff response meets or misses the response target); a status moves it forward. Partners: a message, or
     * {@link EscalationStatus#CLOSED} to confirm a resolution, or {@link EscalationStatus#IN_PROGRESS} to reopen
     * a resolution within the window. Empty when the caller may not see the escalation; nothing changes then.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<EscalationDetail> change(EscalationId id, EscalationChange change) {
        var caller = callers.require();
        var found = visible(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var escalation = found.get();
        var message = change.message() == null || change.message().isBlank() ? null : change.message().strip();
        if (message != null && message.length() > NewEscalation.MESSAGE_MAX_LENGTH) {
            throw new RuleViolation(EscalationError.MESSAGE_REQUIRED, NewEscalation.MESSAGE_MAX_LENGTH);
        }
        if (change.status() == null && message == null) {
            throw new RuleViolation(EscalationError.MESSAGE_REQUIRED, NewEscalation.MESSAGE_MAX_LENGTH);
        }
        var before = escalation.getStatus();
        var now = clock.instant();
        var organization = new OrganizationId(escalation.getOrganizationId());
        EscalationHistoryEntry.Kind kind;
        AuditAction action;
        if (caller.isStaff()) {
            if (change.status() == null) {
                escalation.answeredByStaff(now);
                kind = EscalationHistoryEntry.Kind.RESPONSE;
                action = AuditAction.ESCALATION_RESPONDED;
            } else {
                escalation.moveByStaff(change.status(), now);
                kind = EscalationHistoryEntry.Kind.STATUS_CHANGED;
                action = AuditAction.ESCALATION_STATUS_CHANGED;
            }
        } else if (change.status() == null) {
            if (before == EscalationStatus.CLOSED) {
                throw new RuleViolation(EscalationError.CLOSED);
            }
            kind = EscalationHistoryEntry.Kind.MESSAGE;
            action = AuditAction.ESCALATION_RESPONDED;
        } else if (change.status() == EscalationStatus.CLOSED) {
            escalation.closeByPartner(now);
            kind = EscalationHistoryEntry.Kind.STATUS_CHANGED;
            action = AuditAction.ESCALATION_STATUS_CHANGED;
        } else if (change.status() == EscalationStatus.IN_PROGRESS || change.status() == EscalationStatus.OPEN) {
            escalation.reopen(now, workingTime.hours().reopenDays());
            kind = EscalationHistoryEntry.Kind.REOPENED;
            action = AuditAction.ESCALATION_REOPENED;
        } else {
            throw new RuleViolation(EscalationError.STATUS_CHANGE_FORBIDDEN);
        }
        var after = escalation.getStatus();
        escalations.saveAndFlush(escalation);
        entries.save(new EscalationEntry(escalation.getId(), kind, caller.userId().value(), caller.isStaff(), now,
                before == after ? null : before, before == after ? null : after, message));
        audit.recordChange(action, organization, "#" + escalation.getId() + " " + before + " to " + after);
        if (caller.isStaff()) {
            // The partner's people hear that the vendor answered or moved their escalation.
            notify.organization(organization, dev.partnerportal.notification.NotificationKind.ESCALATION_UPDATE,
                    escalation.getTitle(), "/escalation/" + escalation.getId());
        }
        return Optional.of(reader.detail(escalation));
    }

    private Optional<Escalation> visible(EscalationId id) {
        var caller = callers.require();
        return escalations.findById(id.value()).filter(e -> mayRead(caller, e.getOrganizationId()));
    }

    private boolean mayRead(Caller caller, long organization) {
        var id = new OrganizationId(organization);
        return switch (caller.role()) {
            case ADMIN, CHANNEL_MANAGER -> visibility.allows(caller, id);
            case PARTNER_ADMIN, PARTNER_USER -> id.equals(caller.organizationId());
            default -> false;
        };
    }

    private static void require(String text, int maxLength, ErrorCode error) {
        if (text.isBlank() || text.strip().length() > maxLength) {
            throw new RuleViolation(error, maxLength);
        }
    }

    private static String fileName(String name) {
        var base = name.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        base = base.isEmpty() ? "attachment" : base;
        return base.length() > EscalationFile.FILE_NAME_MAX_LENGTH ? base.substring(0, EscalationFile.FILE_NAME_MAX_LENGTH) : base;
    }
}
