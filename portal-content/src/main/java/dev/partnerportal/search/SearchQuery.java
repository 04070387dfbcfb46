package dev.partnerportal.search;

import dev.partnerportal.content.ContentType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What someone searched for: free text (words, "quoted phrases", -exclusions, prefix*, any other input
 * searched as plain text), optional facet filters, and a page. Out-of-range paging is clamped, never refused.
 */
public record SearchQuery(String text, @Nullable ContentType type, @Nullable String industry,
                          @Nullable String product, @Nullable String language, @Nullable UpdatedWithin updated,
                          int page, int size) {

    public static final int TEXT_MAX_LENGTH = 200;
    public static final int MAX_SIZE = 50;
    /** Results beyond this many are not paged to: nobody reads page 101, and deep paging is costly. */
    public static final int MAX_RESULTS = 1000;

    public SearchQuery {
        text = Objects.requireNonNullElse(text, "").strip();
        if (text.length() > TEXT_MAX_LENGTH) {
            text = text.substring(0, TEXT_MAX_LENGTH);
        }
        industry = blankToNull(industry);
        product = blankToNull(product);
        language = blankToNull(language);
        size = Math.clamp(size, 1, MAX_SIZE);
        page = Math.clamp(page, 0, MAX_RESULTS / size - 1);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, 0, 10);
    }

    public SearchQuery withType(@Nullable ContentType newType) {
        return new SearchQuery(text, newType, industry, product, language, updated, 0, size);
    }

    public SearchQuery withIndustry(@Nullable String newIndustry) {
        return new SearchQuery(text, type, newIndustry, product, language, updated, 0, size);
    }

    public SearchQuery withProduct(@Nullable String newProduct) {
        return new SearchQuery(text, type, industry, newProduct, language, updated, 0, size);
    }

    public SearchQuery withLanguage(@Nullable String newLanguage) {
        return new SearchQuery(text, type, industry, product, newLanguage, updated, 0, size);
    }

    public SearchQuery withUpdated(@Nullable UpdatedWithin newUpdated) {
        return new SearchQuery(text, type, industry, product, language, newUpdated, 0, size);
    }

    public SearchQuery withPage(int newPage) {
        return new SearchQuery(text, type, industry, product, language, updated, newPage, size);
    }

    /** Whether any facet filter narrows the results. */
    public boolean filtered() {
        return type != null || industry != null || product != null || language != null || updated != null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
