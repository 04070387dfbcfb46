package dev.partnerportal.content;

import dev.partnerportal.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an author writes: every editable field of a content item. The field limits are the constants
 * below, reused by the editor form and the API. An empty {@code tiers} or {@code regions} list means
 * every partner tier or region; {@code slug} may be empty to derive one from the title.
 */
public record ContentDraft(
        ContentType type,
        String title,
        String slug,
        String summary,
        String body,
        String language,
        List<String> industries,
        List<String> products,
        List<String> regions,
        List<String> tiers,
        List<String> tags,
        @Nullable LocalDate reviewBy,
        CheatSheet cheatSheet,
        @Nullable Instant publishAt,
        @Nullable Instant expireAt) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int SLUG_MAX_LENGTH = 120;
    public static final int SUMMARY_MAX_LENGTH = 1000;
    public static final int BODY_MAX_LENGTH = 100_000;
    public static final int LANGUAGE_MAX_LENGTH = 35;
    public static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ContentDraft {
        Objects.requireNonNull(type, "type");
        title = text(title, TITLE_MAX_LENGTH, "title", true);
        slug = text(slug, SLUG_MAX_LENGTH, "slug", false).toLowerCase(Locale.ROOT);
        if (!slug.isEmpty() && !SLUG.matcher(slug).matches()) {
            throw new RuleViolation(ContentError.SLUG_FORMAT);
        }
        summary = text(summary, SUMMARY_MAX_LENGTH, "summary", false);
        body = Objects.requireNonNullElse(body, "");
        if (body.length() > BODY_MAX_LENGTH) {
            throw new RuleViolation(ContentError.FIELD_TOO_LONG, "body", BODY_MAX_LENGTH);
        }
        language = languageTag(language);
        industries = Terms.normalize(Objects.requireNonNullElse(industries, List.of()));
        products = Terms.normalize(Objects.requireNonNullElse(products, List.of()));
        regions = Terms.normalize(Objects.requireNonNullElse(regions, List.of()));
        tiers = Terms.normalize(Objects.requireNonNullElse(tiers, List.<String>of()).stream()
                .map(t -> t == null ? "" : t.strip().toUpperCase(Locale.ROOT)).toList());
        tags = Terms.normalize(Objects.requireNonNullElse(tags, List.of()));
        cheatSheet = Objects.requireNonNullElse(cheatSheet, CheatSheet.EMPTY);
        if (publishAt != null && expireAt != null && !expireAt.isAfter(publishAt)) {
            throw new RuleViolation(ContentError.EXPIRY_BEFORE_PUBLISH);
        }
    }

    /** A minimal draft; the remaining fields empty, English. */
    public static ContentDraft of(ContentType type, String title, String summary, String body) {
        return new ContentDraft(type, title, "", summary, body, "en", List.of(), List.of(), List.of(), List.of(),
                List.of(), null, CheatSheet.EMPTY, null, null);
    }

    public ContentDraft withAudience(List<String> newTiers, List<String> newRegions) {
        return new ContentDraft(type, title, slug, summary, body, language, industries, products, newRegions,
                newTiers, tags, reviewBy, cheatSheet, publishAt, expireAt);
    }

    public ContentDraft withTaxonomy(List<String> newIndustries, List<String> newProducts) {
        return new ContentDraft(type, title, slug, summary, body, language, newIndustries, newProducts, regions,
                tiers, tags, reviewBy, cheatSheet, publishAt, expireAt);
    }

    public ContentDraft withSchedule(@Nullable Instant newPublishAt, @Nullable Instant newExpireAt) {
        return new ContentDraft(type, title, slug, summary, body, language, industries, products, regions,
                tiers, tags, reviewBy, cheatSheet, newPublishAt, newExpireAt);
    }

    public ContentDraft withTitleAndBody(String newTitle, String newBody) {
        return new ContentDraft(type, newTitle, slug, summary, newBody, language, industries, products, regions,
                tiers, tags, reviewBy, cheatSheet, publishAt, expireAt);
    }

    public ContentDraft withLanguage(String newLanguage) {
        return new ContentDraft(type, title, slug, summary, body, newLanguage, industries, products, regions,
                tiers, tags, reviewBy, cheatSheet, publishAt, expireAt);
    }

    public ContentDraft withSlug(String newSlug) {
        return new ContentDraft(type, title, newSlug, summary, body, language, industries, products, regions,
                tiers, tags, reviewBy, cheatSheet, publishAt, expireAt);
    }

    public ContentDraft withDetails(List<String> newTags, @Nullable LocalDate newReviewBy, CheatSheet newSheet) {
        return new ContentDraft(type, title, slug, summary, body, language, industries, products, regions,
                tiers, newTags, newReviewBy, newSheet, publishAt, expireAt);
    }

    private static String text(@Nullable String value, int max, String field, boolean required) {
        var text = Objects.requireNonNullElse(value, "").strip();
        if (required && text.isEmpty()) {
            throw new RuleViolation(ContentError.FIELD_REQUIRED, field);
        }
        if (text.length() > max) {
            throw new RuleViolation(ContentError.FIELD_TOO_LONG, field, max);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new RuleViolation(ContentError.FIELD_CONTROL_CHARACTERS, field);
        }
        return text;
    }

    private static String languageTag(@Nullable String value) {
        var tag = Objects.requireNonNullElse(value, "").strip();
        if (tag.isEmpty() || tag.length() > LANGUAGE_MAX_LENGTH) {
            throw new RuleViolation(ContentError.LANGUAGE_TAG);
        }
        try {
            return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
        } catch (java.util.IllformedLocaleException e) {
            throw new RuleViolation(ContentError.LANGUAGE_TAG);
        }
    }
}
