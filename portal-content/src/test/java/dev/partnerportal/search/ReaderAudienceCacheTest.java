package dev.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.content.ContentDraft;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentFilter;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.content.IndustryAudiences;
import dev.partnerportal.content.ReaderAudience;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.OrganizationProfile;
import dev.partnerportal.partner.OrganizationProfiles;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.StatementCount;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partner's audience (tier, region, industries) is kept between searches, and never outlives a change:
 * after a tier downgrade, a profile change, a change committed on another node (seen here only in the database)
 * or a rolled-back change, the very next look-up answers from the organization as it is now. Northwind (bob,
 * alice) is Gold; Contoso (carol) Registered.
 */
@SpringBootTest(classes = ContentTestApplication.class)
class ReaderAudienceCacheTest {

    @Autowired
    ContentEditing editing;
    @Autowired
    ContentLibrary library;
    @Autowired
    ContentSearch search;
    @Autowired
    IndexFollower follower;
    @Autowired
    IndustryAudiences industries;
    @Autowired
    OrganizationProfiles profiles;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    String word;
    ContentSummary goldOnly;
    OrganizationId northwind;
    OrganizationProfile northwindProfile;

    @BeforeEach
    void aGoldOnlyItem() {
        northwind = organizations.findByName("Northwind Traders").orElseThrow().organizationId();
        SignIn.as(provider, "alice@northwind.test");
        northwindProfile = profiles.profile(northwind).orElseThrow();
        word = "aud" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        SignIn.as(provider, "admin@vendor.test");
        goldOnly = editing.publish(editing.create(ContentDraft.of(ContentType.PLAYBOOK, "Gold desk " + word, "For Gold",
                "Only for Gold partners " + word).withAudience(List.of("GOLD"), List.of())).id());
        follower.catchUp();
    }

    @AfterEach
    void northwindAsItWas() {
        SignIn.as(provider, "alice@northwind.test");
        profiles.updateMine(northwindProfile);
        organizations.changeTier(northwind, "GOLD");
        SignIn.out();
    }

    @Test
    void aTierDowngradeHidesTheGoldItemAtTheVeryNextLookup() {
        SignIn.as(provider, "bob@northwind.test");
        assertThat(readable()).as("Gold reads it, and the audience is now kept").isTrue();
        assertThat(readable()).isTrue();

        organizations.changeTier(northwind, "REGISTERED");

        SignIn.as(provider, "bob@northwind.test");
        assertThat(library.audienceOfCaller()).map(ReaderAudience::tierCode).contains("REGISTERED");
        assertThat(search.search(SearchQuery.of(word)).total()).isZero();
        assertThat(library.find(goldOnly.id())).isEmpty();
        assertThat(library.browse(ContentFilter.ALL.withText(word), PageRequest.of(0, 10))).isEmpty();
        assertThat(library.findBySlug(goldOnly.slug(), "en")).isEmpty();
    }

    @Test
    void aTierChangeCommittedOnAnotherNodeIsSeenAtTheNextLookupToo() {
        SignIn.as(provider, "bob@northwind.test");
        assertThat(readable()).isTrue();

        // Another node's commit: this node hears no event, the row (and its version) is all that changes.
        jdbc.update("update partner_organization set version = version + 1, tier_id = "
                + "(select id from partner_tier where code = 'REGISTERED') where id = ?", northwind.value());

        assertThat(readable()).isFalse();
    }

    @Test
    void anIndustryTakenOffTheProfileHidesItemsForThatIndustry() {
        SignIn.as(provider, "editor@vendor.test");
        industries.address(goldOnly.id(), List.of("Retail"));
        follower.catchUp();
        SignIn.as(provider, "alice@northwind.test");
        profiles.updateMine(withIndustries(List.of("Retail")));
        assertThat(readable()).isTrue();

        profiles.updateMine(withIndustries(List.of("Healthcare")));

        assertThat(readable()).isFalse();
        assertThat(library.audienceOfCaller()).map(ReaderAudience::industries).contains(List.of("Healthcare"));
    }

    @Test
    void aChangeThatIsRolledBackIsNeverKept() {
        SignIn.as(provider, "bob@northwind.test");
        assertThat(readable()).isTrue();

        transactions.executeWithoutResult(status -> {
            organizations.changeTier(northwind, "REGISTERED");
            assertThat(library.audienceOfCaller()).as("the transaction reads its own change")
                    .map(ReaderAudience::tierCode).contains("REGISTERED");
            status.setRollbackOnly();
        });
        // The next committed change reaches the version the rolled-back one had read its audience under.
        jdbc.update("update partner_organization set version = version + 1 where id = ?", northwind.value());

        assertThat(library.audienceOfCaller()).map(ReaderAudience::tierCode).contains("GOLD");
        assertThat(readable()).isTrue();
    }

    @Test
    void eachOrganizationHasItsOwnAudienceAndStaffNone() {
        SignIn.as(provider, "bob@northwind.test");
        assertThat(readable()).isTrue();
        SignIn.as(provider, "carol@contoso.test");
        assertThat(readable()).isFalse();
        assertThat(library.audienceOfCaller()).map(ReaderAudience::tierCode).contains("REGISTERED");
        SignIn.as(provider, "editor@vendor.test");
        assertThat(library.audienceOfCaller()).isEmpty();
        assertThat(readable()).isTrue();
    }

    @Test
    void aKeptAudienceCostsOneReadOfTheOrganizationsVersion() {
        SignIn.as(provider, "bob@northwind.test");
        library.audienceOfCaller();
        try (var statements = StatementCount.on(entityManagerFactory)) {
            assertThat(statements.fewest(3, library::audienceOfCaller)).isEqualTo(1);

            organizations.changeTier(northwind, "SILVER");
            assertThat(statements.of(library::audienceOfCaller)).as("read afresh after the change").isGreaterThan(1);
            assertThat(statements.fewest(3, library::audienceOfCaller)).isEqualTo(1);
        }
    }

    private boolean readable() {
        var found = search.search(SearchQuery.of(word)).hits().stream().anyMatch(hit -> hit.id().equals(goldOnly.id()));
        assertThat(library.find(goldOnly.id()).isPresent()).as("the library agrees with search").isEqualTo(found);
        return found;
    }

    private OrganizationProfile withIndustries(List<String> values) {
        return new OrganizationProfile(northwindProfile.contactName(), northwindProfile.contactEmail(),
                northwindProfile.contactPhone(), northwindProfile.website(), values);
    }
}
