package dev.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.content.CheatSheet;
import dev.partnerportal.content.CheatSheetPdf;
import dev.partnerportal.content.ContentAttachments;
import dev.partnerportal.content.ContentDraft;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentFilter;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.content.IndustryAudiences;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.testsupport.SignIn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An item for an industry is invisible to an organization without that industry at every entry point of the
 * content layer (lists, the item by id and by slug, attachments, the cheat-sheet PDF, search, the course
 * rule), and visible to one with it. Northwind names Retail in its profile here; Contoso names none.
 */
@SpringBootTest(classes = ContentTestApplication.class)
class IndustryAudienceTest {

    @Autowired
    IndustryAudiences industries;
    @Autowired
    ContentEditing editing;
    @Autowired
    ContentLibrary library;
    @Autowired
    ContentAttachments attachments;
    @Autowired
    CheatSheetPdf pdf;
    @Autowired
    ContentSearch search;
    @Autowired
    IndexFollower follower;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    String word;
    ContentSummary item;
    long attachment;

    @BeforeEach
    void aRetailOnlyCheatSheet() throws IOException {
        jdbc.update("update partner_organization set version = version + 1, industries = 'Retail' where name = 'Northwind Traders'");
        word = "qw" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        SignIn.as(provider, "editor@vendor.test");
        item = editing.create(ContentDraft.of(ContentType.CHEAT_SHEET, "Retail counter " + word, "For shops", "Body " + word)
                .withDetails(List.of(), null, CheatSheet.of(Map.of(CheatSheet.SECTIONS.getFirst(), "A counter"))));
        attachment = attachments.upload(item.id(), "Counter.pdf", new ByteArrayInputStream(AttachmentTextSearchTest.pdf("Counter"))).id();
        industries.address(item.id(), List.of("Retail"));
        SignIn.as(provider, "admin@vendor.test");
        editing.publish(item.id());
        follower.catchUp();
    }

    @AfterEach
    void reset() {
        SignIn.out();
        jdbc.update("update partner_organization set version = version + 1, industries = null where name = 'Northwind Traders'");
    }

    @Test
    void anOrganizationWithoutTheIndustryFindsTheItemNowhere() {
        SignIn.as(provider, "carol@contoso.test");

        assertThat(library.browse(ContentFilter.ALL.withText(word), PageRequest.of(0, 10))).isEmpty();
        assertThat(library.find(item.id())).isEmpty();
        assertThat(library.findBySlug(item.slug())).isEmpty();
        assertThat(attachments.list(item.id())).isEmpty();
        assertThat(attachments.download(attachment)).isEmpty();
        assertThat(pdf.cobranded(item.slug(), Locale.ENGLISH)).isEmpty();
        assertThat(search.search(SearchQuery.of(word)).total()).isZero();
        assertThat(library.allAddressedToCaller(List.of(item.id()))).as("the rule courses apply to their lessons").isFalse();
    }

    @Test
    void anOrganizationWithTheIndustryFindsItEverywhere() {
        SignIn.as(provider, "bob@northwind.test");

        assertThat(library.browse(ContentFilter.ALL.withText(word), PageRequest.of(0, 10))).extracting(ContentSummary::id)
                .containsExactly(item.id());
        assertThat(library.find(item.id())).isPresent();
        assertThat(library.findBySlug(item.slug())).isPresent();
        assertThat(attachments.list(item.id())).hasSize(1);
        assertThat(attachments.download(attachment)).isPresent();
        assertThat(pdf.cobranded(item.slug(), Locale.ENGLISH)).isPresent();
        assertThat(search.search(SearchQuery.of(word)).hits()).extracting(SearchHit::id).containsExactly(item.id());
        assertThat(library.allAddressedToCaller(List.of(item.id()))).isTrue();
    }

    @Test
    void anItemForEveryIndustryAgainIsForEveryoneAndAnUnknownIndustryChangesNothing() {
        SignIn.as(provider, "editor@vendor.test");
        assertThatThrownBy(() -> industries.address(item.id(), List.of("Retail", "Knitting")))
                .isInstanceOf(RuleViolation.class);
        assertThat(industries.of(item.id())).containsExactly("Retail");

        industries.address(item.id(), List.of());
        follower.catchUp();

        SignIn.as(provider, "carol@contoso.test");
        assertThat(library.find(item.id())).isPresent();
        assertThat(search.search(SearchQuery.of(word)).hits()).extracting(SearchHit::id).containsExactly(item.id());
    }
}
