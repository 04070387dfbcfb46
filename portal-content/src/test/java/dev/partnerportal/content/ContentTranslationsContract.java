package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.testsupport.SignIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Translation groups on H2 and PostgreSQL: one item per language in a group (the service refuses, and the
 * database's unique key backs it), unlinking, and the library showing each group once, in the reader's language
 * where it has one.
 */
abstract class ContentTranslationsContract {

    @Autowired
    ContentEditing editing;
    @Autowired
    ContentLibrary library;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    String marker;
    ContentSummary english;
    ContentSummary hungarian;
    ContentSummary korean;

    @BeforeEach
    void publishThreeLanguages() {
        marker = "tr" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(provider, "admin@vendor.test");
        english = publish(marker + " retail pitch", "en");
        hungarian = publish(marker + " kiskereskedelmi érvek", "hu");
        korean = publish(marker + " 소매 제안", "ko");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ContentSummary publish(String title, String language) {
        var draft = ContentDraft.of(ContentType.CHEAT_SHEET, title, "", "Body " + language).withLanguage(language);
        return editing.publish(editing.create(draft).id());
    }

    private String group(ContentSummary item) {
        return jdbc.queryForObject("select translation_group from content_item where id = ?", String.class, item.id().value());
    }

    private List<String> translationLanguages(ContentSummary item) {
        return editing.find(item.id()).orElseThrow().translations().stream().map(ContentDetails.Translation::language).toList();
    }

    @Test
    void linkedItemsListEachOtherAndUnlinkingLeavesTheRestTogether() {
        editing.linkTranslation(hungarian.id(), english.id());
        editing.linkTranslation(korean.id(), english.id());

        assertThat(translationLanguages(english)).containsExactly("hu", "ko");
        assertThat(translationLanguages(korean)).containsExactly("en", "hu");

        editing.unlinkTranslation(hungarian.id());

        assertThat(translationLanguages(english)).containsExactly("ko");
        assertThat(translationLanguages(hungarian)).isEmpty();
        assertThat(group(hungarian)).isNotEqualTo(group(english));
    }

    @Test
    void aSecondItemInALanguageTheGroupHasIsRefusedAndNothingChanges() {
        editing.linkTranslation(hungarian.id(), english.id());
        var secondHungarian = publish(marker + " másik magyar", "hu");
        var before = group(secondHungarian);

        assertThatThrownBy(() -> editing.linkTranslation(secondHungarian.id(), english.id()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.error()).isEqualTo(ContentError.TRANSLATION_LANGUAGE_TAKEN));

        assertThat(group(secondHungarian)).isEqualTo(before);
        assertThat(translationLanguages(english)).containsExactly("hu");
    }

    @Test
    void changingAnItemsLanguageToOneItsGroupHasIsRefused() {
        editing.linkTranslation(korean.id(), english.id());
        var details = editing.find(korean.id()).orElseThrow();

        assertThatThrownBy(() -> editing.update(korean.id(), details.summary().version(), details.toDraft().withLanguage("en")))
                .isInstanceOf(RuleViolation.class);

        assertThat(jdbc.queryForObject("select language from content_item where id = ?", String.class, korean.id().value()))
                .isEqualTo("ko");
    }

    @Test
    void theDatabaseRefusesTwoItemsOfOneLanguageInAGroup() {
        editing.linkTranslation(hungarian.id(), english.id());

        assertThatThrownBy(() -> jdbc.update("update content_item set translation_group = ?, language = 'hu' where id = ?",
                group(english), korean.id().value())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theLibraryListsEachGroupOnceInTheReadersLanguageWhereItHasOne() {
        editing.linkTranslation(hungarian.id(), english.id());
        editing.linkTranslation(korean.id(), english.id());
        var lone = publish(marker + " csak angolul", "en");
        SignIn.as(provider, "alice@northwind.test");
        var filter = ContentFilter.ALL.withText(marker);

        assertThat(library.browse(filter, "hu", PageRequest.of(0, 20)).map(ContentSummary::id).getContent())
                .containsExactlyInAnyOrder(hungarian.id(), lone.id());
        assertThat(library.browse(filter, "ko", PageRequest.of(0, 20)).getTotalElements()).isEqualTo(2);
        assertThat(library.browse(filter, "vi", PageRequest.of(0, 20)).map(ContentSummary::id).getContent())
                .as("no Vietnamese version: the English one").containsExactlyInAnyOrder(english.id(), lone.id());

        var opened = library.find(english.id(), "ko").orElseThrow();
        assertThat(opened.id()).isEqualTo(korean.id());
        assertThat(opened.translations()).extracting(ContentDetails.Translation::language).containsExactly("en", "hu");
        assertThat(library.find(english.id(), "en").orElseThrow().id()).isEqualTo(english.id());
    }
}
