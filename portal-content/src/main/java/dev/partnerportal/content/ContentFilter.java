package dev.partnerportal.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a content list; every field is optional. {@code status} and {@code reviewOverdueOnly} matter
 * to the editors' list only (the library shows published items, always within the caller's audience);
 * {@code publishedAfter} gives "new since your last visit".
 */
public record ContentFilter(
        @Nullable ContentType type,
        @Nullable String industry,
        @Nullable String product,
        @Nullable ContentStatus status,
        @Nullable String text,
        @Nullable Instant publishedAfter,
        boolean reviewOverdueOnly) {

    public static final ContentFilter ALL = new ContentFilter(null, null, null, null, null, null, false);

    public ContentFilter withType(@Nullable ContentType newType) {
        return new ContentFilter(newType, industry, product, status, text, publishedAfter, reviewOverdueOnly);
    }

    public ContentFilter withIndustry(@Nullable String newIndustry) {
        return new ContentFilter(type, newIndustry, product, status, text, publishedAfter, reviewOverdueOnly);
    }

    public ContentFilter withProduct(@Nullable String newProduct) {
        return new ContentFilter(type, industry, newProduct, status, text, publishedAfter, reviewOverdueOnly);
    }

    public ContentFilter withStatus(@Nullable ContentStatus newStatus) {
        return new ContentFilter(type, industry, product, newStatus, text, publishedAfter, reviewOverdueOnly);
    }

    public ContentFilter withText(@Nullable String newText) {
        return new ContentFilter(type, industry, product, status, newText, publishedAfter, reviewOverdueOnly);
    }

    public ContentFilter withPublishedAfter(@Nullable Instant after) {
        return new ContentFilter(type, industry, product, status, text, after, reviewOverdueOnly);
    }

    public ContentFilter withReviewOverdueOnly(boolean only) {
        return new ContentFilter(type, industry, product, status, text, publishedAfter, only);
    }
}
