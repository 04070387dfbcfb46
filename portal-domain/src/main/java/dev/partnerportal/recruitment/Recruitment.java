package dev.partnerportal.recruitment;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.Invitations;
import dev.partnerportal.mail.Mailer;
import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notify;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.PortalLanguages;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.Sha256;
import dev.partnerportal.throttle.ThrottleKind;
import dev.partnerportal.throttle.Throttles;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The path into the program: anyone may apply; channel managers and administrators review applications
 * with their score and approve (creating the organization and inviting its first administrator) or reject
 * with a reason.
 */
@Service
@Validated
public class Recruitment {

    static final Duration WINDOW = Duration.ofHours(1);

    private final PartnerApplications applications;
    private final Throttles throttles;
    private final PartnerRegistry organizations;
    private final Invitations invitations;
    private final Mailer mailer;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Notify notify;
    private final Clock clock;
    private final int allowancePerHour;

    Recruitment(PartnerApplications applications, Throttles throttles, PartnerRegistry organizations,
                Invitations invitations, Mailer mailer, CallerContext callers, AuditTrail audit,
                ApplicationEventPublisher events, Notify notify, Clock clock,
                @Value("${portal.recruitment.applications-per-hour:3}") int allowancePerHour) {
        this.applications = applications;
        this.throttles = throttles;
        this.organizations = organizations;
        this.invitations = invitations;
        this.mailer = mailer;
        this.callers = callers;
        this.audit = audit;
        this.events = events;
        this.notify = notify;
        this.clock = clock;
        this.allowancePerHour = allowancePerHour;
    }

    /**
     * Submits an application. Open to anyone. {@code honeypot} is a form field people never see: when a bot
     * fills it in, the submission is answered as accepted but nothing is stored.
     *
     * @return the new application's id, or empty for a discarded bot submission
     * @throws TooManyApplicationsException when {@code remoteAddress} exceeded the hourly allowance
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<Long> apply(@Valid ApplicationForm form, String honeypot, String remoteAddress) {
        return apply(form, honeypot, remoteAddress, null);
    }

    /**
     * Submits an application as {@link #apply(ApplicationForm, String, String)} does, written in
     * {@code language} (the form's language): the confirmation, the decision and the first invitation are
     * mailed in it when the portal speaks it, otherwise in English.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<Long> apply(@Valid ApplicationForm form, String honeypot, String remoteAddress,
                                @Nullable Locale language) {
        if (!honeypot.isEmpty()) {
            return Optional.empty();
        }
        countSubmission(remoteAddress);
        var email = EmailAddresses.normalize(form.contactEmail());
        var application = applications.save(new PartnerApplication(form, email,
                PortalLanguages.match(language).orElse(null), clock.instant()));
        mailer.queueTemplate(email, application.getLanguage(), "applicationReceived", application.getContactName(),
                application.getCompanyName());
        audit.record(AuditAction.APPLICATION_SUBMITTED, email, null, application.getCompanyName(), remoteAddress);
        // The people who review applications hear of a new one (each application is its own link).
        notify.staff(Set.of(Role.ADMIN, Role.CHANNEL_MANAGER), null, NotificationKind.NEW_APPLICATION,
                application.getCompanyName(), "/applications?application=" + application.getId());
        return Optional.of(application.getId());
    }

    private void countSubmission(String remoteAddress) {
        var key = Sha256.hex("application:" + remoteAddress);
        if (!throttles.tryCount(ThrottleKind.PARTNER_APPLICATION, key, WINDOW, allowancePerHour)) {
            throw new TooManyApplicationsException();
        }
    }

    /** Applications waiting for a decision, best score first unless {@code pageable} sorts otherwise. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Page<SubmittedApplication> open(Pageable pageable) {
        return applications.findByStatus(ApplicationStatus.SUBMITTED, pageable).map(SubmittedApplication::of);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public Optional<SubmittedApplication> find(long id) {
        return applications.findById(id).map(SubmittedApplication::of);
    }

    /**
     * Approves an application: creates the organization (Registered tier, active, managed by the approver)
     * and invites the applicant's contact as its first partner administrator.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public OrganizationSummary approve(long applicationId) {
        var caller = callers.require();
        var application = applications.findById(applicationId).orElseThrow(() -> new RuleViolation(RecruitmentError.APPLICATION_NOT_FOUND));
        if (organizations.findByName(application.getCompanyName()).isPresent()) {
            throw new RuleViolation(RecruitmentError.ORGANIZATION_EXISTS, application.getCompanyName());
        }
        var organization = organizations.admit(application.getCompanyName(), application.getPartnerType(),
                application.getRegion(), "REGISTERED", clock.instant());
        organizations.assignPartnerManager(organization.organizationId(), caller.userId());
        application.approve(caller.userId(), organization.organizationId(), clock.instant());
        invitations.invite(application.getContactEmail(), application.getContactName(), Role.PARTNER_ADMIN,
                organization.organizationId(), application.getLanguage());
        audit.record(AuditAction.APPLICATION_APPROVED, caller.username(), organization.organizationId(), application.getCompanyName(), null);
        events.publishEvent(new PartnerApproved(organization.organizationId(), organization.type()));
        return organization;
    }

    /** Rejects an application with a reason, which is mailed to the applicant. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public void reject(long applicationId, String reason) {
        var caller = callers.require();
        var application = applications.findById(applicationId).orElseThrow(() -> new RuleViolation(RecruitmentError.APPLICATION_NOT_FOUND));
        application.reject(caller.userId(), reason, clock.instant());
        mailer.queueTemplate(application.getContactEmail(), application.getLanguage(), "applicationRejected",
                application.getContactName(), application.getCompanyName(), application.getDecisionReason());
        audit.record(AuditAction.APPLICATION_REJECTED, caller.username(), null, application.getCompanyName(), null);
    }
}
