package dev.partnerportal.search;

import dev.partnerportal.content.IndexableContent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The one place that defines the search index: every field, its type and its analyzer, and why. A
 * document is one published content item. Change anything here and bump {@link #VERSION}: a node whose
 * index was written with another version rebuilds it from the database on start.
 */
final class SearchSchema {

    /** Written into every index commit; a different value on start means "stale, rebuild". */
    static final String VERSION = "2026-12-07.2";

    /** The item's id: a KeywordField, so {@code updateDocument(term, doc)} replaces it idempotently. */
    static final String ID = "id";
    /** Stored only: what a hit shows and links to, never searched directly. */
    static final String SLUG = "slug";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    /**
     * Exact-value fields (StringField) used as filters; the same values are facet dimensions
     * (SortedSetDocValues through {@link #FACETS}) so counts come from the hits without a second query.
     */
    static final String TYPE = "type";
    static final String LANGUAGE = "language";
    static final String INDUSTRY = "industry";
    static final String PRODUCT = "product";
    /**
     * When the item was published, in epoch milliseconds: a point (range filters on "last updated"),
     * doc values (range facet counts and the freshness boost) and stored (shown on a hit).
     */
    static final String UPDATED = "updated";
    /** When the item expires (Long.MAX_VALUE: never): a point, so the query hides expired items at once. */
    static final String EXPIRES = "expires";
    /**
     * The audience, as StringFields: one term per tier or region the item is for, or {@link #EVERYONE} when
     * its list is empty. Every partner query carries a filter on both, so results, counts, facets, snippets
     * and suggestions only ever come from items the partner may read.
     */
    static final String TIER = "tier";
    static final String REGION = "region";
    /** The industries an item is for (not its topic industries, {@link #INDUSTRY}): same rule as tiers and regions. */
    static final String AUDIENCE_INDUSTRY = "audience_industry";
    static final String EVERYONE = "*";
    /**
     * The item's translation group and language as sorted doc values only (never searched): read per hit at query
     * time by {@link TranslationCollapse} to keep one item per group, in the reader's language where it exists.
     */
    static final String TRANSLATION_GROUP = "translation_group";
    static final String TRANSLATION_LANGUAGE = "translation_language";
    /**
     * Tags and taxonomy values: language-neutral words, folded (case and accents) but not stemmed, by the
     * default analyzer ({@link IndexLanguage.StandardFoldingAnalyzer}: the standard tokenizer is several
     * times faster than ICU segmentation, and these fields, like {@link #PLAIN}, hold every item's text).
     */
    static final String TAGS = "tags";
    static final String TAXONOMY = "taxonomy";
    /**
     * All the item's text, folded but not stemmed: the field typo tolerance runs fuzzy queries against and
     * "did you mean" draws corrections from, because a stem is not a word people type.
     */
    static final String PLAIN = "plain";
    /** The title cut into edge n-grams at index time, for search-as-you-type suggestions of titles. */
    static final String SUGGEST = "suggest";

    /** Per-language text fields; an item fills only those of its own language (see {@link IndexLanguage}). */
    static final String TITLE_PREFIX = "title_";
    static final String SUMMARY_PREFIX = "summary_";
    /** Body and cheat-sheet sections: stored with offsets in the postings, for fast highlighted snippets. */
    static final String BODY_PREFIX = "body_";
    static final String ATTACHMENTS_PREFIX = "attachments_";

    static final FacetsConfig FACETS = facetsConfig();

    /** Stored, tokenized, with offsets: the unified highlighter reads offsets instead of re-analyzing. */
    private static final FieldType BODY_TYPE = bodyType();
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private SearchSchema() {
    }

    static String field(String prefix, IndexLanguage language) {
        return prefix + language.code();
    }

    /** Every body field, in language order: the fields snippets are cut from. */
    static String[] bodyFields() {
        return Arrays.stream(IndexLanguage.values()).map(l -> field(BODY_PREFIX, l)).toArray(String[]::new);
    }

    /**
     * The fields a query runs against and their weights: a match in the title counts most, then tags,
     * taxonomy and summary, then the body; attachment text least, since it is long and often boilerplate.
     */
    static Map<String, Float> weights() {
        var weights = new LinkedHashMap<String, Float>();
        for (var language : IndexLanguage.values()) {
            weights.put(field(TITLE_PREFIX, language), 4f);
            weights.put(field(SUMMARY_PREFIX, language), 1.5f);
            weights.put(field(BODY_PREFIX, language), 1f);
            weights.put(field(ATTACHMENTS_PREFIX, language), 0.5f);
        }
        weights.put(TAGS, 2f);
        weights.put(TAXONOMY, 1.5f);
        return weights;
    }

    /** Analyzers for writing: each language's fields with its own analyzer, titles cut for suggestions. */
    static Analyzer indexAnalyzer() {
        var analyzers = languageAnalyzers();
        analyzers.put(SUGGEST, new EdgeNGramAnalyzer());
        return new PerFieldAnalyzerWrapper(new IndexLanguage.StandardFoldingAnalyzer(), analyzers);
    }

    /** Analyzers for queries: the same, except that suggestion input is matched whole against the n-grams. */
    static Analyzer queryAnalyzer() {
        return new PerFieldAnalyzerWrapper(new IndexLanguage.StandardFoldingAnalyzer(), languageAnalyzers());
    }

    private static Map<String, Analyzer> languageAnalyzers() {
        var analyzers = new HashMap<String, Analyzer>();
        for (var language : IndexLanguage.values()) {
            var analyzer = language.analyzer();
            for (var prefix : List.of(TITLE_PREFIX, SUMMARY_PREFIX, BODY_PREFIX, ATTACHMENTS_PREFIX)) {
                analyzers.put(field(prefix, language), analyzer);
            }
        }
        return analyzers;
    }

    /** The index document for a published item; build it with {@link #FACETS} before adding. */
    static Document document(IndexableContent item) {
        var language = IndexLanguage.of(item.language());
        var body = bodyText(item);
        var attachments = String.join("\n\n", item.attachmentText());
        var doc = new Document();
        doc.add(new KeywordField(ID, Long.toString(item.id().value()), Field.Store.YES));
        doc.add(new StoredField(SLUG, item.slug()));
        doc.add(new StoredField(TITLE, item.title()));
        doc.add(new StoredField(SUMMARY, item.summary()));
        keyword(doc, TYPE, item.type().name());
        doc.add(new StoredField(TYPE, item.type().name()));
        keyword(doc, LANGUAGE, item.language());
        doc.add(new StoredField(LANGUAGE, item.language()));
        doc.add(new SortedDocValuesField(TRANSLATION_GROUP, new BytesRef(item.translationGroup())));
        doc.add(new SortedDocValuesField(TRANSLATION_LANGUAGE, new BytesRef(item.language())));
        item.industries().forEach(value -> keyword(doc, INDUSTRY, value));
        item.products().forEach(value -> keyword(doc, PRODUCT, value));
        var updated = Objects.requireNonNullElse(item.publishedAt(), Instant.EPOCH).toEpochMilli();
        doc.add(new LongPoint(UPDATED, updated));
        doc.add(new NumericDocValuesField(UPDATED, updated));
        doc.add(new StoredField(UPDATED, updated));
        doc.add(new LongPoint(EXPIRES, item.expireAt() == null ? Long.MAX_VALUE : item.expireAt().toEpochMilli()));
        audience(doc, TIER, item.tiers());
        audience(doc, REGION, item.regions());
        audience(doc, AUDIENCE_INDUSTRY, item.audienceIndustries());
        doc.add(new TextField(field(TITLE_PREFIX, language), item.title(), Field.Store.NO));
        doc.add(new TextField(field(SUMMARY_PREFIX, language), item.summary(), Field.Store.NO));
        doc.add(new Field(field(BODY_PREFIX, language), body, BODY_TYPE));
        if (!attachments.isEmpty()) {
            doc.add(new TextField(field(ATTACHMENTS_PREFIX, language), attachments, Field.Store.NO));
        }
        doc.add(new TextField(TAGS, String.join(" ", item.tags()), Field.Store.NO));
        var taxonomy = new ArrayList<String>(item.industries());
        taxonomy.addAll(item.products());
        doc.add(new TextField(TAXONOMY, String.join(" ", taxonomy), Field.Store.NO));
        doc.add(new TextField(PLAIN, String.join("\n", item.title(), item.summary(), body, attachments,
                String.join(" ", item.tags()), String.join(" ", taxonomy)), Field.Store.NO));
        doc.add(new TextField(SUGGEST, item.title(), Field.Store.NO));
        return doc;
    }

    /** The Markdown body as plain text (so markup is never matched or shown), then the cheat-sheet sections. */
    static String bodyText(IndexableContent item) {
        var text = new StringBuilder(TEXT.render(MARKDOWN.parse(item.bodyMarkdown())).strip());
        for (var section : item.cheatSheet().asMap().values()) {
            if (!section.isEmpty()) {
                text.append("\n\n").append(section);
            }
        }
        return text.toString();
    }

    private static void keyword(Document doc, String field, String value) {
        if (!value.isBlank()) {
            doc.add(new StringField(field, value, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(field, value));
        }
    }

    private static void audience(Document doc, String field, List<String> values) {
        if (values.isEmpty()) {
            doc.add(new StringField(field, EVERYONE, Field.Store.NO));
        }
        values.forEach(value -> doc.add(new StringField(field, value, Field.Store.NO)));
    }

    private static FacetsConfig facetsConfig() {
        var config = new FacetsConfig();
        config.setMultiValued(INDUSTRY, true);
        config.setMultiValued(PRODUCT, true);
        return config;
    }

    private static FieldType bodyType() {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /**
     * Titles as edge n-grams of their folded words: "onbo" finds "Onboarding". The words are cut as the
     * query side cuts them ({@link IndexLanguage.StandardFoldingAnalyzer}), so typed prefixes meet.
     */
    private static final class EdgeNGramAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer,
                    new EdgeNGramTokenFilter(new ICUFoldingFilter(tokenizer), 1, 20, true));
        }
    }
}
