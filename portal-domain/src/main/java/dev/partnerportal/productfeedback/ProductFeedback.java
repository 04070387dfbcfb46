package dev.partnerportal.productfeedback;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.earlyaccess.BetaId;
import dev.partnerportal.earlyaccess.BetaParticipants;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product feedback and ideas. Partner people submit for their organization and see its submissions plus the
 * ideas shown to all partners; another organization's private submission behaves as if it did not exist.
 * Administrators and channel managers (within manager visibility) see and triage all; content editors do not,
 * as triage answers partners on the product's behalf.
 */
@Service
public class ProductFeedback {

    private final FeedbackSubmissions submissions;
    private final IdeaVotes votes;
    private final BetaParticipants betas;
    private final PartnerRegistry organizations;
    private final PartnerVisibility visibility;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    ProductFeedback(FeedbackSubmissions submissions, IdeaVotes votes, BetaParticipants betas, PartnerRegistry organizations,
                    PartnerVisibility visibility, CallerContext callers, AuditTrail audit, Clock clock) {
        this.submissions = submissions;
        this.votes = votes;
        this.betas = betas;
        this.organizations = organizations;
        this.visibility = visibility;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Submits feedback or an idea for the caller's organization; it starts as new and private. */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public FeedbackId submit(FeedbackDraft draft) {
        var caller = callers.require();
        var organization = caller.organization().orElseThrow();
        var area = required(draft.productArea(), FeedbackDraft.AREA_MAX_LENGTH, ProductFeedbackError.AREA_REQUIRED);
        var title = required(draft.title(), FeedbackDraft.TITLE_MAX_LENGTH, ProductFeedbackError.TITLE_REQUIRED);
        var description = required(draft.description(), FeedbackDraft.DESCRIPTION_MAX_LENGTH,
                ProductFeedbackError.DESCRIPTION_REQUIRED);
        if (draft.beta() != null && !betas.takesPart(organization, draft.beta())) {
            throw new RuleViolation(ProductFeedbackError.NOT_A_BETA_PARTICIPANT);
        }
        return submissions.save(new FeedbackSubmission(organization, caller.userId(), clock.instant(), draft.kind(), area,
                title, description, draft.beta() == null ? null : draft.beta().value())).id();
    }

    /**
     * A page of what the caller may see, optionally of one status. Partners: their organization's submissions and
     * public ideas, most votes first. Staff: every submission of the organizations they may see, newest first.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Page<FeedbackItem> list(@Nullable FeedbackStatus status, Pageable pageable) {
        var caller = callers.require();
        Page<FeedbackSubmission> page;
        if (!caller.isStaff()) {
            page = submissions.forPartner(caller.organization().orElseThrow().value(), status, pageable);
        } else {
            var limit = visibility.limitedTo(caller);
            page = limit.isEmpty() ? submissions.forStaff(status, pageable)
                    : submissions.forStaffOf(organizations.managedBy(limit.get()).stream().map(OrganizationSummary::id).toList(),
                    status, pageable);
        }
        return page.map(s -> item(s, caller));
    }

    /** One submission, if the caller may see it. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Optional<FeedbackItem> find(FeedbackId id) {
        var caller = callers.require();
        return visible(id, caller).map(s -> item(s, caller));
    }

    /** Changes status, visibility and reply as far as triage allows; audited. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public FeedbackItem triage(FeedbackId id, Triage triage) {
        var caller = callers.require();
        var submission = visible(id, caller).orElseThrow(() -> new RuleViolation(ProductFeedbackError.NOT_FOUND));
        if (triage.reply() != null && triage.reply().strip().length() > Triage.REPLY_MAX_LENGTH) {
            throw new RuleViolation(ProductFeedbackError.REPLY_TOO_LONG, Triage.REPLY_MAX_LENGTH);
        }
        var from = submission.status();
        var statusChanged = triage.status() != null && submission.moveTo(triage.status());
        var replied = triage.reply() != null && submission.reply(triage.reply(), caller.userId(), clock.instant());
        if (triage.visibility() != null && submission.show(triage.visibility())) {
            audit.recordChange(AuditAction.FEEDBACK_VISIBILITY_CHANGED, submission.organizationId(),
                    "#" + id + " " + submission.title() + ": " + triage.visibility());
        }
        if (statusChanged || replied) {
            audit.recordChange(AuditAction.FEEDBACK_TRIAGED, submission.organizationId(), "#" + id + " " + submission.title()
                    + ": " + from + " to " + submission.status() + (replied ? ", reply changed" : ""));
        }
        return item(submission, caller);
    }

    /**
     * Casts the caller's vote for a public idea, or takes it back if they voted already: one vote per person.
     * Returns whether the caller's vote now counts.
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public boolean toggleVote(FeedbackId id) {
        var caller = callers.require();
        var submission = visible(id, caller).orElseThrow(() -> new RuleViolation(ProductFeedbackError.NOT_FOUND));
        if (!submission.openForVotes()) {
            throw new RuleViolation(ProductFeedbackError.NOT_OPEN_FOR_VOTES);
        }
        var key = new IdeaVote.Key(id.value(), caller.userId().value());
        if (votes.existsById(key)) {
            votes.deleteById(key);
            votes.flush();
            submissions.addVotes(id.value(), -1);
            return false;
        }
        votes.saveAndFlush(new IdeaVote(id.value(), caller.userId().value(), caller.organization().orElseThrow().value(),
                clock.instant()));
        submissions.addVotes(id.value(), 1);
        return true;
    }

    private Optional<FeedbackSubmission> visible(FeedbackId id, Caller caller) {
        return submissions.findById(id.value()).filter(s -> caller.isStaff()
                ? visibility.allows(caller, s.organizationId())
                : s.organizationId().equals(caller.organizationId()) || s.visibleToAllPartners());
    }

    private FeedbackItem item(FeedbackSubmission s, Caller caller) {
        var own = s.organizationId().equals(caller.organizationId());
        var full = caller.isStaff() || own;
        var votedByMe = !caller.isStaff() && votes.existsById(new IdeaVote.Key(s.id().value(), caller.userId().value()));
        return new FeedbackItem(s.id(), s.kind(), s.productArea(), s.title(), s.description(), s.status(), s.visibility(),
                full ? organizations.find(s.organizationId()).map(OrganizationSummary::name).orElse(null) : null, own,
                full ? s.reply() : null, full ? s.repliedAt() : null,
                s.betaId() == null ? null : betas.name(new BetaId(s.betaId())).orElse(null), s.voteCount(), votedByMe,
                s.submittedAt());
    }

    private static String required(String text, int maxLength, ErrorCode error) {
        var value = text.strip();
        if (value.isEmpty() || value.length() > maxLength) {
            throw new RuleViolation(error, maxLength);
        }
        return value;
    }
}
