package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.SignIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audience rules in the library, on H2 and PostgreSQL: Northwind (Gold, EMEA) and Contoso (Registered,
 * North America) each see exactly the published items meant for them, by list, id, slug and feedback.
 */
abstract class ContentAudienceContract {

    @Autowired
    ContentEditing editing;
    @Autowired
    ContentLibrary library;
    @Autowired
    IndustryAudiences industries;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    String marker;
    ContentSummary goldOnly;
    ContentSummary everyone;
    ContentSummary northAmerica;
    ContentSummary draft;

    @BeforeEach
    void publishItems() {
        marker = "aud" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(provider, "admin@vendor.test");
        goldOnly = publish(ContentDraft.of(ContentType.PLAYBOOK, marker + " gold deal desk", "", "Gold secrets")
                .withAudience(List.of("GOLD"), List.of()));
        everyone = publish(ContentDraft.of(ContentType.CHEAT_SHEET, marker + " for everyone", "", "Hello"));
        northAmerica = publish(ContentDraft.of(ContentType.PRODUCT_UPDATE, marker + " na launch", "", "Launch")
                .withAudience(List.of(), List.of("North America")));
        draft = editing.create(ContentDraft.of(ContentType.PLAYBOOK, marker + " unpublished", "", "Not yet"));
        SignIn.out();
    }

    private ContentSummary publish(ContentDraft content) {
        return editing.publish(editing.create(content).id());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private List<ContentItemId> listed() {
        return library.browse(ContentFilter.ALL.withText(marker), PageRequest.of(0, 50)).map(ContentSummary::id).getContent();
    }

    @Test
    void anItemForIndustriesIsListedOnlyForOrganizationsNamingOneOfThem() {
        SignIn.as(provider, "editor@vendor.test");
        industries.address(everyone.id(), List.of("Retail", "Financial services"));
        // Demo data may give organizations industries (leads are distributed by them): set both, restore both.
        var before = jdbc.queryForList("select name, industries from partner_organization where name in "
                + "('Northwind Traders', 'Contoso Ltd')");
        jdbc.update("update partner_organization set version = version + 1, industries = 'Manufacturing,Retail' where name = 'Northwind Traders'");
        jdbc.update("update partner_organization set version = version + 1, industries = 'Healthcare' where name = 'Contoso Ltd'");
        try {
            SignIn.as(provider, "alice@northwind.test");
            assertThat(listed()).containsExactlyInAnyOrder(goldOnly.id(), everyone.id());
            SignIn.as(provider, "carol@contoso.test");
            assertThat(listed()).containsExactlyInAnyOrder(northAmerica.id());
            assertThat(library.find(everyone.id())).isEmpty();

            jdbc.update("update partner_organization set version = version + 1, industries = 'Financial services' where name = 'Contoso Ltd'");
            assertThat(listed()).containsExactlyInAnyOrder(everyone.id(), northAmerica.id());
            assertThat(library.find(everyone.id())).isPresent();
        } finally {
            before.forEach(row -> jdbc.update("update partner_organization set version = version + 1, industries = ? where name = ?",
                    row.get("industries"), row.get("name")));
        }
    }

    @Test
    void goldNorthwindSeesTheGoldOnlyItemByListIdAndSlug() {
        SignIn.as(provider, "alice@northwind.test");

        assertThat(listed()).containsExactlyInAnyOrder(goldOnly.id(), everyone.id());
        assertThat(library.find(goldOnly.id())).map(d -> d.body()).hasValue("Gold secrets");
        assertThat(library.findBySlug(goldOnly.slug())).isPresent();

        SignIn.as(provider, "bob@northwind.test");
        assertThat(listed()).containsExactlyInAnyOrder(goldOnly.id(), everyone.id());
    }

    @Test
    void registeredContosoSeesNeitherTheGoldItemNorItsIdNorItsSlug() {
        SignIn.as(provider, "carol@contoso.test");

        assertThat(listed()).containsExactlyInAnyOrder(everyone.id(), northAmerica.id());
        assertThat(library.find(goldOnly.id())).isEmpty();
        assertThat(library.findBySlug(goldOnly.slug())).isEmpty();
        assertThat(library.find(goldOnly.id())).isEqualTo(library.find(ContentItemId.of(987_654_321)));
    }

    @Test
    void regionsLimitTheAudienceToo() {
        SignIn.as(provider, "alice@northwind.test");
        assertThat(library.find(northAmerica.id())).isEmpty();

        SignIn.as(provider, "carol@contoso.test");
        assertThat(library.find(northAmerica.id())).isPresent();
    }

    @Test
    void draftsReachNobodyInTheLibrary() {
        SignIn.as(provider, "alice@northwind.test");
        assertThat(library.find(draft.id())).isEmpty();

        SignIn.as(provider, "editor@vendor.test");
        assertThat(library.find(draft.id())).isEmpty();
        assertThat(listed()).containsExactlyInAnyOrder(goldOnly.id(), everyone.id(), northAmerica.id());
    }

    @Test
    void feedbackOnAnItemOutsideTheAudienceIsNotFoundAndStoresNothing() {
        var before = jdbc.queryForObject("select count(*) from content_feedback", Long.class);
        SignIn.as(provider, "carol@contoso.test");

        assertThatThrownBy(() -> library.giveFeedback(goldOnly.id(), true, "sneaky"))
                .isInstanceOf(ContentNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from content_feedback", Long.class)).isEqualTo(before);

        library.giveFeedback(everyone.id(), false, "Needs pricing");
        SignIn.as(provider, "alice@northwind.test");
        library.giveFeedback(everyone.id(), true, "");

        SignIn.as(provider, "editor@vendor.test");
        var feedback = editing.feedback(everyone.id());
        assertThat(feedback.helpful()).isEqualTo(1);
        assertThat(feedback.notHelpful()).isEqualTo(1);
        assertThat(feedback.entries()).extracting(ItemFeedback.Entry::organization)
                .containsExactlyInAnyOrder("Contoso Ltd", "Northwind Traders");
    }

    @Test
    void newSinceTheLastVisitCountsOnlyLaterPublications() {
        SignIn.as(provider, "bob@northwind.test");
        var first = library.startVisit();
        var second = library.startVisit();

        assertThat(second).isPresent();
        assertThat(first).isNotEqualTo(second);
        var newer = library.browse(ContentFilter.ALL.withText(marker).withPublishedAfter(second.orElseThrow()),
                PageRequest.of(0, 10));
        assertThat(newer.getTotalElements()).isZero();
    }

    @Test
    void anIndexerReadsThePublishedTextButNotDrafts() {
        assertThat(library.forIndex(goldOnly.id())).hasValueSatisfying(text -> {
            assertThat(text.bodyMarkdown()).isEqualTo("Gold secrets");
            assertThat(text.tiers()).containsExactly("GOLD");
        });
        assertThat(library.forIndex(draft.id())).isEmpty();
    }

    @Test
    void translationsLinkBothWaysAndPartnersOnlySeeTheOnesInTheirAudience() {
        SignIn.as(provider, "admin@vendor.test");
        var arabic = publish(ContentDraft.of(ContentType.CHEAT_SHEET, marker + " عربي", "", "مرحبا")
                .withAudience(List.of("GOLD"), List.of()).withLanguage("ar"));
        editing.linkTranslation(arabic.id(), everyone.id());
        assertThat(editing.find(everyone.id()).orElseThrow().translations())
                .extracting(ContentDetails.Translation::language).containsExactly("ar");

        SignIn.as(provider, "alice@northwind.test");
        assertThat(library.find(everyone.id()).orElseThrow().translations())
                .extracting(ContentDetails.Translation::id).containsExactly(arabic.id());
        assertThat(library.find(arabic.id()).orElseThrow().translations())
                .extracting(ContentDetails.Translation::id).containsExactly(everyone.id());

        SignIn.as(provider, "carol@contoso.test");
        assertThat(library.find(everyone.id()).orElseThrow().translations()).isEmpty();
    }
}
