package dev.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** What each language's analyzer must achieve, stated as the terms it produces. */
class IndexLanguageTest {

    static List<String> terms(IndexLanguage language, String text) {
        try (var analyzer = language.analyzer(); var stream = analyzer.tokenStream("body", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var terms = new ArrayList<String>();
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
            return terms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void englishStems() {
        assertThat(terms(IndexLanguage.ENGLISH, "Partners' onboarding guides"))
                .containsExactly("partner", "onboard", "guid");
        assertThat(terms(IndexLanguage.ENGLISH, "partner onboarded guide"))
                .containsExactly("partner", "onboard", "guid");
    }

    @Test
    void koreanDropsParticlesFromNouns() {
        assertThat(terms(IndexLanguage.KOREAN, "고객에게")).containsExactly("고객");
        assertThat(terms(IndexLanguage.KOREAN, "고객은 파트너를")).containsExactly("고객", "파트너");
    }

    @Test
    void arabicFindsWordsWithAndWithoutTheDefiniteArticleAndAffixes() {
        var bare = terms(IndexLanguage.ARABIC, "شركاء");
        assertThat(terms(IndexLanguage.ARABIC, "الشركاء")).isEqualTo(bare);
        assertThat(terms(IndexLanguage.ARABIC, "والشركاء")).isEqualTo(bare);
        assertThat(terms(IndexLanguage.ARABIC, "المبيعات")).isEqualTo(terms(IndexLanguage.ARABIC, "مبيعات"));
        assertThat(terms(IndexLanguage.ARABIC, "للعملاء")).isEqualTo(terms(IndexLanguage.ARABIC, "عملاء"));
    }

    @Test
    void hungarianMeetsInflectedFormsWithOrWithoutAccents() {
        assertSharesATerm(IndexLanguage.HUNGARIAN, "partner", "partnerek", "partnereknek", "partnerrel", "partnereink");
        assertSharesATerm(IndexLanguage.HUNGARIAN, "termék",
                "termékek", "terméket", "termékeket", "termekek", "termeket", "termek");
        assertSharesATerm(IndexLanguage.HUNGARIAN, "termékeket", "termekeket", "termekek");
        assertSharesATerm(IndexLanguage.HUNGARIAN, "vállalat",
                "vállalatok", "vállalatoknak", "vallalatok", "vallalat", "vállalatban");
        assertThat(terms(IndexLanguage.HUNGARIAN, "termékek")).containsExactly("termek", "termekek");
    }

    private static void assertSharesATerm(IndexLanguage language, String word, String... forms) {
        var base = terms(language, word);
        for (var form : forms) {
            assertThat(terms(language, form)).as(form + " " + terms(language, form) + " vs " + word + " " + base)
                    .containsAnyElementsOf(base);
        }
    }

    @Test
    void vietnameseMatchesWithOrWithoutDiacritics() {
        assertThat(terms(IndexLanguage.VIETNAMESE, "Đối tác bán hàng"))
                .isEqualTo(terms(IndexLanguage.VIETNAMESE, "doi tac ban hang"))
                .containsExactly("doi", "tac", "ban", "hang");
    }

    @Test
    void germanFrenchAndSpanishStem() {
        assertThat(terms(IndexLanguage.GERMAN, "Märkte")).isEqualTo(terms(IndexLanguage.GERMAN, "Markt"));
        assertThat(terms(IndexLanguage.FRENCH, "l'entreprise")).isEqualTo(terms(IndexLanguage.FRENCH, "entreprises"));
        assertThat(terms(IndexLanguage.SPANISH, "clientes")).isEqualTo(terms(IndexLanguage.SPANISH, "cliente"));
    }

    @Test
    void otherLanguagesAreSegmentedAndFoldedWithoutStemming() {
        assertThat(IndexLanguage.of("pt-BR")).isEqualTo(IndexLanguage.OTHER);
        assertThat(IndexLanguage.of("en-GB")).isEqualTo(IndexLanguage.ENGLISH);
        assertThat(terms(IndexLanguage.OTHER, "Parceiros de Negócios")).containsExactly("parceiros", "de", "negocios");
    }
}
