package dev.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.content.ContentDraft;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentFilter;
import dev.partnerportal.content.ContentForMe;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.StatementCount;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/**
 * The partner's hot reads cost the same statements whether they show 3 items or 30: a library page, a search
 * (the search API's path), an item page, and the featured items and recommendations of the home page. Thirty published items carry
 * the word {@code many…}, three of them also {@code few…}; bob (Northwind, Gold) reads them. Counted with
 * Hibernate's statistics, switched on for this test only.
 */
@SpringBootTest(classes = ContentTestApplication.class)
class HotPathStatementsTest {

    @Autowired
    ContentEditing editing;
    @Autowired
    ContentLibrary library;
    @Autowired
    ContentSearch search;
    @Autowired
    ContentForMe forMe;
    @Autowired
    IndexFollower follower;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    String few;
    String many;
    final List<ContentSummary> items = new ArrayList<>();
    StatementCount statements;

    @BeforeEach
    void thirtyItems() {
        var marker = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        few = "few" + marker;
        many = "many" + marker;
        SignIn.as(provider, "admin@vendor.test");
        for (int n = 0; n < 30; n++) {
            var words = n < 3 ? few + " " + many : many;
            var draft = ContentDraft.of(ContentType.PLAYBOOK, "Playbook " + n + " " + words, "About " + words, "Body " + words);
            items.add(editing.publish(editing.create(n % 2 == 0 ? draft.withAudience(List.of("GOLD"), List.of()) : draft).id()));
        }
        follower.catchUp();
        SignIn.as(provider, "bob@northwind.test");
        statements = StatementCount.on(entityManagerFactory);
    }

    @AfterEach
    void off() {
        statements.close();
        SignIn.as(provider, "editor@vendor.test");
        items.forEach(item -> forMe.feature(item.id(), false));
        SignIn.out();
    }

    @Test
    void thePartnerHomesFeaturedItemsCostTheSameForThirtyAsForThree() {
        SignIn.as(provider, "editor@vendor.test");
        items.subList(0, 3).forEach(item -> forMe.feature(item.id(), true));
        SignIn.as(provider, "bob@northwind.test");
        var three = statements.fewest(3, () -> forMe.featuredForMe(50));

        SignIn.as(provider, "editor@vendor.test");
        items.forEach(item -> forMe.feature(item.id(), true));
        SignIn.as(provider, "bob@northwind.test");
        assertThat(forMe.featuredForMe(50)).extracting(ContentSummary::id).containsAll(items.stream().map(ContentSummary::id).toList());

        assertThat(statements.fewest(3, () -> forMe.featuredForMe(50))).as("one look-up of the audience, not one per item")
                .isEqualTo(three);
    }

    @Test
    void aLibraryPageOfThirtyItemsCostsWhatAPageOfThreeCosts() {
        assertThat(browse(few)).hasSize(3);
        assertThat(browse(many)).hasSize(30);

        assertThat(statements.fewest(3, () -> browse(many))).isEqualTo(statements.fewest(3, () -> browse(few)));
    }

    @Test
    void aSearchFindingThirtyItemsCostsWhatOneFindingThreeCosts() {
        assertThat(search.search(SearchQuery.of(few)).total()).isEqualTo(3);
        assertThat(search.search(SearchQuery.of(many)).total()).isEqualTo(30);

        var three = statements.fewest(3, () -> search.search(SearchQuery.of(few)));
        assertThat(statements.fewest(3, () -> search.search(SearchQuery.of(many)))).isEqualTo(three);
        assertThat(three).as("the audience's version; the hits come from the index").isLessThanOrEqualTo(2);
    }

    @Test
    void anItemPageAndTheRecommendationsDoNotGrowWithTheLibrary() {
        var item = items.getFirst().id();
        var page = statements.fewest(3, () -> library.find(item, "en"));
        var recommendedTen = statements.fewest(3, () -> library.recommended("en", 10));
        var recommendedThirty = statements.fewest(3, () -> library.recommended("en", 30));

        assertThat(recommendedThirty).isEqualTo(recommendedTen);
        assertThat(page).as("the audience's version, the item, its translation group").isLessThanOrEqualTo(4);
    }

    private List<ContentSummary> browse(String word) {
        return library.browse(ContentFilter.ALL.withText(word), "en", PageRequest.of(0, 50)).getContent();
    }
}
