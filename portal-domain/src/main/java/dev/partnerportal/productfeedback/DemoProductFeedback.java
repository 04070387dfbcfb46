package dev.partnerportal.productfeedback;

import dev.partnerportal.earlyaccess.BetaId;
import dev.partnerportal.earlyaccess.BetaParticipants;
import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: Northwind and Adventure Works talk to the product (ideas shown to all partners with votes, beta
 * feedback, replies); Litware sent one piece of feedback last week as it recovers; Fabrikam and Contoso none.
 * Runs after the early-access demo (order 62), whose beta the feedback names.
 */
@Component
@Order(63)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoProductFeedback implements ApplicationRunner {

    private final FeedbackSubmissions submissions;
    private final IdeaVotes votes;
    private final PartnerRegistry organizations;
    private final UserAccounts users;
    private final BetaParticipants betas;
    private final Clock clock;

    DemoProductFeedback(FeedbackSubmissions submissions, IdeaVotes votes, PartnerRegistry organizations, UserAccounts users,
                        BetaParticipants betas, Clock clock) {
        this.submissions = submissions;
        this.votes = votes;
        this.organizations = organizations;
        this.users = users;
        this.betas = betas;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var manager = users.findByEmail("manager@vendor.test").map(UserAccount::id);
        if (submissions.count() > 0 || manager.isEmpty()) {
            return;
        }
        var beta = betas.findByName("Co-selling analytics beta").orElse(null);
        organizations.findByName("Northwind Traders").ifPresent(org -> {
            var idea = save(org.organizationId(), manager.get(), 40, FeedbackKind.IDEA, "Deal registration",
                    "Register deals from the CRM", "We enter every deal twice: once in our CRM and once in the portal. A CRM connector would save our sales team hours a week.",
                    null, FeedbackStatus.PLANNED, "Planned for the second quarter: a connector for the two most used CRMs first.");
            vote(idea, "bob@northwind.test", 38);
            save(org.organizationId(), manager.get(), 12, FeedbackKind.FEEDBACK, "Co-selling analytics",
                    "Pipeline chart hides closed deals", "In the beta the pipeline chart drops deals closed this month, so the quarter looks worse than it is.",
                    beta, FeedbackStatus.UNDER_REVIEW, "Thanks, we reproduced it and are looking at the date filter.");
        });
        organizations.findByName("Adventure Works").ifPresent(org -> {
            var idea = save(org.organizationId(), manager.get(), 25, FeedbackKind.IDEA, "Quoting",
                    "Multi-currency quotes", "Our EMEA customers buy in euros and pounds; quotes only in dollars slow every deal down.",
                    null, FeedbackStatus.UNDER_REVIEW, null);
            vote(idea, "alice@northwind.test", 20);
            vote(idea, "bob@northwind.test", 19);
            save(org.organizationId(), manager.get(), 6, FeedbackKind.FEEDBACK, "Co-selling analytics",
                    "Export of joint opportunities", "The beta works well for our weekly review; an export to a spreadsheet would let our finance team use it too.",
                    beta, FeedbackStatus.NEW, null);
        });
        organizations.findByName("Litware Inc").ifPresent(org -> save(org.organizationId(), manager.get(), 7,
                FeedbackKind.FEEDBACK, "Onboarding", "Agency onboarding skips the technical kickoff",
                "Our new consultants had no technical session; a kickoff for agencies would have helped.", null,
                FeedbackStatus.NEW, null));
    }

    private FeedbackSubmission save(OrganizationId organization, UserId manager, int daysAgo, FeedbackKind kind, String area,
                                    String title, String description, @Nullable BetaId beta, FeedbackStatus status,
                                    @Nullable String reply) {
        var at = clock.instant().minus(Duration.ofDays(daysAgo));
        var author = member(organization).orElse(manager);
        var submission = new FeedbackSubmission(organization, author, at, kind, area, title, description,
                beta == null || !betas.takesPart(organization, beta) ? null : beta.value());
        if (status != FeedbackStatus.NEW) {
            submission.moveTo(status);
        }
        if (reply != null) {
            submission.reply(reply, manager, at.plus(Duration.ofDays(2)));
        }
        if (kind == FeedbackKind.IDEA) {
            submission.show(FeedbackVisibility.VISIBLE_TO_ALL_PARTNERS);
        }
        return submissions.saveAndFlush(submission);
    }

    private void vote(FeedbackSubmission idea, String email, int daysAgo) {
        users.findByEmail(email).filter(u -> u.organization() != null).ifPresent(voter -> {
            votes.save(new IdeaVote(idea.id().value(), voter.id().value(), voter.organization().value(),
                    clock.instant().minus(Duration.ofDays(daysAgo))));
            votes.flush();
            submissions.addVotes(idea.id().value(), 1);
        });
    }

    /** The organization's first partner person, who is shown as the author. */
    private Optional<UserId> member(OrganizationId organization) {
        List<UserAccount> members = users.enabledWithRoles(Role.PARTNER);
        return members.stream().filter(u -> organization.equals(u.organization())).findFirst().map(UserAccount::id);
    }
}
