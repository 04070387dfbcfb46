package dev.partnerportal.productfeedback;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.earlyaccess.BetaDraft;
import dev.partnerportal.earlyaccess.BetaId;
import dev.partnerportal.earlyaccess.EarlyAccess;
import dev.partnerportal.earlyaccess.ParticipationStatus;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Product feedback, votes and betas: every rule of issue 13 section 4, on H2 and PostgreSQL. */
abstract class ProductFeedbackContract {

    @Autowired
    ProductFeedback feedback;
    @Autowired
    EarlyAccess earlyAccess;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    String suffix;
    OrganizationId northwind;
    OrganizationId contoso;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        suffix = UUID.randomUUID().toString().substring(0, 6);
        northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private FeedbackId submit(String email, FeedbackKind kind, String title) {
        SignIn.as(provider, email);
        return feedback.submit(new FeedbackDraft(kind, "Reporting", title + " " + suffix, "What happened and why it matters.", null));
    }

    private int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void staffTriageWithAReplyThatTheSubmittingOrganizationSeesAndShippedIsFinal() {
        var id = submit("bob@northwind.test", FeedbackKind.FEEDBACK, "Slow export");
        assertThat(feedback.find(id).orElseThrow().status()).isEqualTo(FeedbackStatus.NEW);

        SignIn.as(provider, "manager@vendor.test");
        feedback.triage(id, new Triage(FeedbackStatus.UNDER_REVIEW, null, "We are on it."));
        feedback.triage(id, new Triage(FeedbackStatus.SHIPPED, null, null));
        assertThatThrownBy(() -> feedback.triage(id, new Triage(FeedbackStatus.NEW, null, "Back to start")))
                .is(refusal("productfeedback.status-change-not-allowed"));

        SignIn.as(provider, "alice@northwind.test");
        var seen = feedback.find(id).orElseThrow();
        assertThat(seen.status()).isEqualTo(FeedbackStatus.SHIPPED);
        assertThat(seen.reply()).isEqualTo("We are on it.");
        assertThat(seen.organizationName()).isEqualTo("Northwind Traders");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'FEEDBACK_TRIAGED' and detail like ?",
                Integer.class, "#" + id + " %")).isEqualTo(2);
        SignIn.as(provider, "editor@vendor.test");
        assertThatThrownBy(() -> feedback.find(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyIdeasAreShownToAllPartnersWhoSeeThemWithoutTheOrganizationOrReply() {
        var plain = submit("bob@northwind.test", FeedbackKind.FEEDBACK, "Private matter");
        var idea = submit("bob@northwind.test", FeedbackKind.IDEA, "Dark mode");
        SignIn.as(provider, "manager@vendor.test");
        assertThatThrownBy(() -> feedback.triage(plain, new Triage(null, FeedbackVisibility.VISIBLE_TO_ALL_PARTNERS, null)))
                .is(refusal("productfeedback.only-ideas-public"));
        feedback.triage(idea, new Triage(FeedbackStatus.PLANNED, FeedbackVisibility.VISIBLE_TO_ALL_PARTNERS, "Next release."));

        SignIn.as(provider, "carol@contoso.test");
        assertThat(feedback.find(plain)).isEmpty();
        var seen = feedback.find(idea).orElseThrow();
        assertThat(seen.organizationName()).isNull();
        assertThat(seen.reply()).isNull();
        assertThat(seen.ownOrganization()).isFalse();
        assertThat(feedback.list(null, PageRequest.of(0, 500)).getContent()).extracting(FeedbackItem::id)
                .contains(idea).doesNotContain(plain);
    }

    @Test
    void onePersonVotesOnceOnAPublicIdeaAndIdeasSortByVotes() {
        var popular = submit("bob@northwind.test", FeedbackKind.IDEA, "Popular");
        var quiet = submit("bob@northwind.test", FeedbackKind.IDEA, "Quiet");
        var hidden = submit("bob@northwind.test", FeedbackKind.IDEA, "Not yet public");
        SignIn.as(provider, "manager@vendor.test");
        feedback.triage(popular, new Triage(null, FeedbackVisibility.VISIBLE_TO_ALL_PARTNERS, null));
        feedback.triage(quiet, new Triage(null, FeedbackVisibility.VISIBLE_TO_ALL_PARTNERS, null));

        SignIn.as(provider, "carol@contoso.test");
        assertThat(feedback.toggleVote(popular)).isTrue();
        assertThat(feedback.find(popular).orElseThrow().votes()).isEqualTo(1);
        assertThat(feedback.toggleVote(popular)).isFalse();
        assertThat(feedback.toggleVote(popular)).isTrue();
        assertThatThrownBy(() -> feedback.toggleVote(hidden)).is(refusal("productfeedback.not-found"));
        SignIn.as(provider, "alice@northwind.test");
        assertThat(feedback.toggleVote(popular)).isTrue();
        assertThatThrownBy(() -> feedback.toggleVote(hidden)).is(refusal("productfeedback.not-open-for-votes"));

        var item = feedback.find(popular).orElseThrow();
        assertThat(item.votes()).isEqualTo(2);
        assertThat(item.votedByMe()).isTrue();
        var order = feedback.list(null, PageRequest.of(0, 500)).getContent().stream().map(FeedbackItem::id).toList();
        assertThat(order.indexOf(popular)).isLessThan(order.indexOf(quiet));
        assertThat(jdbc.queryForObject("select count(*) from product_feedback_vote where feedback_id = ?", Integer.class,
                popular.value())).isEqualTo(2);
    }

    @Test
    void onlyEligibleOrganizationsApplyAndAcceptancesStayWithinCapacity() {
        SignIn.as(provider, "manager@vendor.test");
        var beta = earlyAccess.open(new BetaDraft("Gold resellers " + suffix, "Try it first.", "GOLD",
                Set.of(PartnerType.RESELLER), 1, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));

        SignIn.as(provider, "carol@contoso.test");
        assertThatThrownBy(() -> earlyAccess.apply(beta)).is(refusal("earlyaccess.not-eligible"));
        assertThat(earlyAccess.forMyOrganization()).filteredOn(b -> b.beta().id().equals(beta))
                .singleElement().satisfies(b -> assertThat(b.eligible()).isFalse());
        SignIn.as(provider, "bob@northwind.test");
        assertThatThrownBy(() -> earlyAccess.apply(beta)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(provider, "alice@northwind.test");
        earlyAccess.apply(beta);
        assertThatThrownBy(() -> earlyAccess.apply(beta)).is(refusal("earlyaccess.already-requested"));

        SignIn.as(provider, "manager@vendor.test");
        var application = earlyAccess.participants(beta).getFirst();
        assertThat(application.status()).isEqualTo(ParticipationStatus.APPLIED);
        earlyAccess.decide(application.id(), true);
        int before = rows("beta_participation");
        assertThatThrownBy(() -> earlyAccess.invite(beta, contoso)).is(refusal("earlyaccess.full"));
        assertThat(rows("beta_participation")).isEqualTo(before);
        assertThat(earlyAccess.participants(beta)).extracting(p -> p.organizationName(), p -> p.status())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Northwind Traders", ParticipationStatus.ACCEPTED));
        assertThat(earlyAccess.program(beta).orElseThrow().hasRoom()).isFalse();
    }

    @Test
    void feedbackNamesOnlyABetaTheOrganizationTakesPartIn() {
        SignIn.as(provider, "manager@vendor.test");
        BetaId beta = earlyAccess.open(new BetaDraft("Open to all " + suffix, "Everyone may join.", null, Set.of(), 5,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
        earlyAccess.invite(beta, northwind);

        SignIn.as(provider, "carol@contoso.test");
        int before = rows("product_feedback");
        assertThatThrownBy(() -> feedback.submit(new FeedbackDraft(FeedbackKind.FEEDBACK, "Beta", "Tagged " + suffix,
                "Text", beta))).is(refusal("productfeedback.not-a-beta-participant"));
        assertThat(rows("product_feedback")).isEqualTo(before);

        SignIn.as(provider, "bob@northwind.test");
        var id = feedback.submit(new FeedbackDraft(FeedbackKind.FEEDBACK, "Beta", "Tagged " + suffix, "Text", beta));
        assertThat(feedback.find(id).orElseThrow().betaName()).isEqualTo("Open to all " + suffix);
    }
}
