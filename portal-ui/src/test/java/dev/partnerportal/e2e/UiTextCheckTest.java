package dev.partnerportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.ui.i18n.SupportedLanguages;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The Chromium language check finds what it looks for, without a browser. */
class UiTextCheckTest {

    @Test
    void aHungarianPageWithEnglishUiTextARawKeyOrAMissingTranslationFails() throws IOException {
        var check = new LanguagesEndToEndTest.UiTextCheck(SupportedLanguages.HUNGARIAN);

        assertThat(check.problems("Szűcs Ildikó\nMain menu\nnav.logout\n!library.gone!"))
                .contains("English text \"Main menu\"", "raw key nav.logout", "missing translation !library.gone!");
    }

    @Test
    void namesDataAndEnglishWordsTheLanguageAlsoUsesPass() throws IOException {
        var check = new LanguagesEndToEndTest.UiTextCheck(SupportedLanguages.KOREAN);

        assertThat(check.problems("김민준\nGold\nEMEA\nEnglish\nTiếng Việt")).isEmpty();
    }

    @Test
    void anEnglishPageHasNothingToTranslate() throws IOException {
        assertThat(new LanguagesEndToEndTest.UiTextCheck(SupportedLanguages.ENGLISH).problems("Main menu\nLog out")).isEmpty();
    }
}
