package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.notification.NotificationEntry;
import dev.partnerportal.notification.Notifications;
import dev.partnerportal.testsupport.EventReactions;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publishing an item for an industry notifies the people of the organizations that serve it and may read it, not
 * those who turned such news off; featured items and "new for your industries" follow the audience rules too.
 */
@SpringBootTest(classes = ContentTestApplication.class)
class NewContentNotificationsTest {

    @Autowired
    ContentEditing editing;
    @Autowired
    ContentForMe forMe;
    @Autowired
    Notifications notifications;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    List<Map<String, Object>> industriesBefore;
    String marker;

    @BeforeEach
    void bothServeRetail() {
        clock.set(TestClockConfiguration.START);
        marker = "ntf" + UUID.randomUUID().toString().substring(0, 8);
        industriesBefore = jdbc.queryForList("select name, industries from partner_organization where name in "
                + "('Northwind Traders', 'Contoso Ltd')");
        jdbc.update("update partner_organization set version = version + 1, industries = 'Retail' where name in ('Northwind Traders', 'Contoso Ltd')");
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
    }

    @AfterEach
    void restore() {
        SignIn.out();
        industriesBefore.forEach(row -> jdbc.update("update partner_organization set version = version + 1, industries = ? where name = ?",
                row.get("industries"), row.get("name")));
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
        jdbc.update("update content_item set featured = false");
    }

    private ContentSummary publish(ContentDraft draft) {
        SignIn.as(provider, "admin@vendor.test");
        var published = editing.publish(editing.create(draft).id());
        SignIn.out();
        EventReactions.awaitSettled(context);
        return published;
    }

    private List<String> notifiedSubjects(String email) {
        SignIn.as(provider, email);
        try {
            return notifications.mine(100).stream().map(NotificationEntry::subject).toList();
        } finally {
            SignIn.out();
        }
    }

    @Test
    void theOrganizationsOfTheIndustryThatMayReadTheItemAreToldExceptWhoTurnedItOff() {
        SignIn.as(provider, "carol@contoso.test");
        notifications.choose(Map.of(dev.partnerportal.notification.NotificationKind.NEW_CONTENT,
                dev.partnerportal.notification.NotificationChannel.OFF));
        SignIn.out();

        var retail = publish(ContentDraft.of(ContentType.PLAYBOOK, marker + " retail playbook", "", "Shops")
                .withTaxonomy(List.of("Retail"), List.of()));
        var goldRetail = publish(ContentDraft.of(ContentType.PLAYBOOK, marker + " gold retail", "", "Gold shops")
                .withTaxonomy(List.of("Retail"), List.of()).withAudience(List.of("GOLD"), List.of()));
        publish(ContentDraft.of(ContentType.PLAYBOOK, marker + " for every industry", "", "Everyone"));

        assertThat(notifiedSubjects("alice@northwind.test")).containsExactly(goldRetail.title(), retail.title());
        assertThat(notifiedSubjects("bob@northwind.test")).containsExactly(goldRetail.title(), retail.title());
        assertThat(notifiedSubjects("carol@contoso.test")).isEmpty();
        assertThat(jdbc.queryForObject("select link from notification where subject = ? fetch first 1 rows only",
                String.class, retail.title())).isEqualTo("/library/" + retail.slug());

        // Published again (after an edit), the item tells nobody twice.
        SignIn.as(provider, "admin@vendor.test");
        var edited = editing.update(retail.id(), retail.version(), editing.find(retail.id()).orElseThrow().toDraft()
                .withTitleAndBody(retail.title(), "Shops, revised"));
        editing.publish(edited.id());
        SignIn.out();
        EventReactions.awaitSettled(context);
        assertThat(notifiedSubjects("alice@northwind.test")).hasSize(2);

        // Carol chooses to hear again: she is told of the next item she may read, never of the Gold one.
        SignIn.as(provider, "carol@contoso.test");
        notifications.choose(Map.of(dev.partnerportal.notification.NotificationKind.NEW_CONTENT,
                dev.partnerportal.notification.NotificationChannel.IN_APP));
        SignIn.out();
        var second = publish(ContentDraft.of(ContentType.CHEAT_SHEET, marker + " retail sheet", "", "Sheet")
                .withTaxonomy(List.of("Retail"), List.of()));
        assertThat(notifiedSubjects("carol@contoso.test")).containsExactly(second.title());

        SignIn.as(provider, "carol@contoso.test");
        assertThat(forMe.newForMe(TestClockConfiguration.START.minus(Duration.ofMinutes(1)), 10))
                .extracting(ContentSummary::id).contains(retail.id(), second.id()).doesNotContain(goldRetail.id());
    }

    @Test
    void anItemAboutAProductReachesTheOrganizationsSellingItOnly() {
        jdbc.update("update partner_organization set products = 'Commerce Suite', version = version + 1 where name = 'Contoso Ltd'");
        try {
            var commerce = publish(ContentDraft.of(ContentType.PRODUCT_UPDATE, marker + " commerce update", "", "News")
                    .withTaxonomy(List.of(), List.of("Commerce Suite")));
            var fieldService = publish(ContentDraft.of(ContentType.PRODUCT_UPDATE, marker + " field service update", "", "News")
                    .withTaxonomy(List.of(), List.of("Field Service")));

            assertThat(notifiedSubjects("carol@contoso.test")).containsExactly(commerce.title());
            assertThat(notifiedSubjects("alice@northwind.test")).isEmpty();
            SignIn.as(provider, "carol@contoso.test");
            assertThat(forMe.newForMe(TestClockConfiguration.START.minus(Duration.ofMinutes(1)), 10))
                    .extracting(ContentSummary::id).contains(commerce.id()).doesNotContain(fieldService.id());
        } finally {
            jdbc.update("update partner_organization set products = null, version = version + 1 where name = 'Contoso Ltd'");
        }
    }

    @Test
    void editorsFeatureAnItemWithoutARevisionAndPartnersSeeTheFeaturedItemsTheyMayRead() {
        var everyone = publish(ContentDraft.of(ContentType.PLAYBOOK, marker + " featured for all", "", "All"));
        var gold = publish(ContentDraft.of(ContentType.PLAYBOOK, marker + " featured gold", "", "Gold")
                .withAudience(List.of("GOLD"), List.of()));

        SignIn.as(provider, "editor@vendor.test");
        var versionBefore = editing.find(everyone.id()).orElseThrow().summary().version();
        forMe.feature(everyone.id(), true);
        forMe.feature(gold.id(), true);
        assertThat(forMe.isFeatured(everyone.id())).isTrue();
        assertThat(editing.find(everyone.id()).orElseThrow().summary().version()).isEqualTo(versionBefore);

        SignIn.as(provider, "alice@northwind.test");
        assertThat(forMe.featuredForMe(10)).extracting(ContentSummary::id).containsExactly(gold.id(), everyone.id());
        SignIn.as(provider, "carol@contoso.test");
        assertThat(forMe.featuredForMe(10)).extracting(ContentSummary::id).containsExactly(everyone.id());

        SignIn.as(provider, "editor@vendor.test");
        forMe.feature(everyone.id(), false);
        SignIn.as(provider, "carol@contoso.test");
        assertThat(forMe.featuredForMe(10)).isEmpty();
    }
}
