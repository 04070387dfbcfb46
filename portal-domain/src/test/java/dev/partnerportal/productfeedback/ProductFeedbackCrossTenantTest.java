package dev.partnerportal.productfeedback;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.earlyaccess.EarlyAccess;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.testsupport.SignIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Another organization's private feedback does not exist for a partner, in both directions: not found, not
 * listed, no vote, nothing changed; and its beta participation stays hidden.
 */
@SpringBootTest
class ProductFeedbackCrossTenantTest {

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

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{0} cannot reach {1}''s private feedback")
    @CsvSource({"carol@contoso.test,bob@northwind.test,Northwind Traders", "alice@northwind.test,carol@contoso.test,Contoso Ltd"})
    void anotherOrganizationsPrivateFeedbackIsNotFoundAndNothingChanges(String intruder, String owner, String ownerOrganization) {
        SignIn.as(provider, owner);
        var id = feedback.submit(new FeedbackDraft(FeedbackKind.IDEA, "Security", "Private idea of " + owner, "Ours only.", null));
        var before = snapshot();

        SignIn.as(provider, intruder);
        assertThat(feedback.find(id)).isEmpty();
        assertThat(feedback.list(null, PageRequest.of(0, 500)).getContent()).extracting(FeedbackItem::id).doesNotContain(id);
        assertThatThrownBy(() -> feedback.toggleVote(id)).is(refusal("productfeedback.not-found"));
        var owners = organizations.findByName(ownerOrganization).orElseThrow().organizationId();
        assertThat(earlyAccess.participationOf(owners)).isEmpty();

        assertThat(snapshot()).isEqualTo(before);
        SignIn.as(provider, owner);
        assertThat(feedback.find(id)).isPresent();
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("""
                select f.id, f.status, f.visibility, f.vote_count, f.reply, (select count(*) from product_feedback_vote) votes
                from product_feedback f order by f.id""");
    }
}
