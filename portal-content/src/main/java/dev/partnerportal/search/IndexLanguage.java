package dev.partnerportal.search;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The languages the index analyzes in their own way. A content item's text goes into the fields of its
 * own language only; a query is analyzed once per language and runs against all of them, so nobody has to
 * say which language they search in. Each constant says why its analyzer was chosen.
 */
enum IndexLanguage {

    /** Porter stemming with possessive removal: "partners", "partner's" and "partnering" meet at "partner". */
    ENGLISH("en") {
        @Override
        Analyzer analyzer() {
            return new EnglishAnalyzer();
        }
    },
    /**
     * Hungarian is agglutinative (ház, házak, házakban), so the Snowball stemmer is essential. People often
     * type without accents (termekek for termékek), and the stemmer reads accents as part of the suffix, so
     * each word is indexed and searched under two stems at one position: stemmed then folded, and folded
     * then stemmed. A word typed either way shares at least one of them with the text.
     */
    HUNGARIAN("hu") {
        @Override
        Analyzer analyzer() {
            return new FoldingHungarianAnalyzer();
        }
    },
    /**
     * Korean attaches particles and endings to nouns (고객에게 = 고객 + 에게). Nori's morphological tokenizer
     * splits them and its part-of-speech filter drops particles and endings, so 고객 is found in 고객에게.
     */
    KOREAN("ko") {
        @Override
        Analyzer analyzer() {
            return new KoreanAnalyzer();
        }
    },
    /**
     * Arabic normalization (alef forms, teh marbuta, diacritics) plus the light stemmer, which strips the
     * definite article (ال، وال، بال...) and common suffixes: الشركاء and شركاء are one term.
     */
    ARABIC("ar") {
        @Override
        Analyzer analyzer() {
            return new ArabicAnalyzer();
        }
    },
    /**
     * Vietnamese writes one syllable per space-separated word and has no useful stemmer; what matters is
     * matching with or without tone marks and đ. Splitting at spaces and punctuation (the standard
     * tokenizer, faster than ICU segmentation, which Latin script does not need) plus ICU folding does that.
     */
    VIETNAMESE("vi") {
        @Override
        Analyzer analyzer() {
            return new StandardFoldingAnalyzer();
        }
    },
    /** German stemming and umlaut normalization ("Märkte" and "Markt"). */
    GERMAN("de") {
        @Override
        Analyzer analyzer() {
            return new GermanAnalyzer();
        }
    },
    /** French light stemming with elision removal ("l'entreprise" is found by "entreprise"). */
    FRENCH("fr") {
        @Override
        Analyzer analyzer() {
            return new FrenchAnalyzer();
        }
    },
    /** Spanish light stemming ("clientes", "cliente"). */
    SPANISH("es") {
        @Override
        Analyzer analyzer() {
            return new SpanishAnalyzer();
        }
    },
    /**
     * Every other language: ICU word segmentation (which also splits Thai, Chinese and Japanese sensibly)
     * and ICU folding (case, accents, width), without stemming, which would need to know the language.
     */
    OTHER("xx") {
        @Override
        Analyzer analyzer() {
            return new FoldingAnalyzer();
        }
    };

    private final String code;

    IndexLanguage(String code) {
        this.code = code;
    }

    /** The suffix of this language's field names, e.g. {@code body_hu}. */
    String code() {
        return code;
    }

    abstract Analyzer analyzer();

    /** The language an item's tag (en, en-GB, pt-BR, ...) is indexed as: by its primary subtag. */
    static IndexLanguage of(String languageTag) {
        var primary = languageTag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (var language : values()) {
            if (language.code.equals(primary)) {
                return language;
            }
        }
        return OTHER;
    }

    /** ICU segmentation and folding, no stemming: for Vietnamese, other languages and language-neutral fields. */
    static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUFoldingFilter(in);
        }
    }

    /**
     * Standard (Unicode word-break) tokenizer and ICU folding, no stemming: for Latin-script text without a
     * stemmer and for the language-neutral fields that every item fills, where speed matters most.
     */
    static final class StandardFoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUFoldingFilter(in);
        }
    }

    /** Hungarian stop words, then both stems of each word (see {@link HungarianStems}). */
    static final class FoldingHungarianAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new StopFilter(stream, HungarianAnalyzer.getDefaultStopSet());
            return new TokenStreamComponents(tokenizer, new HungarianStems(stream));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
