package dev.partnerportal.content;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published item as the search index reads it: all its text in plain fields, plus the audience
 * ({@code tiers}, {@code regions}, {@code audienceIndustries}; empty = everyone) that search results must be
 * filtered by. {@code attachmentText} holds the text Tika extracted from each attachment; {@code translationGroup}
 * is shared by the item's translations, so that search shows one of them.
 */
public record IndexableContent(
        ContentItemId id,
        String slug,
        ContentType type,
        String language,
        String title,
        String summary,
        String bodyMarkdown,
        CheatSheet cheatSheet,
        List<String> tags,
        List<String> industries,
        List<String> products,
        List<String> regions,
        List<String> tiers,
        @Nullable Instant publishedAt,
        @Nullable Instant expireAt,
        List<String> attachmentText,
        String translationGroup,
        List<String> audienceIndustries) {

    /** An item that is nobody's translation (a group of its own), for every industry. */
    public IndexableContent(ContentItemId id, String slug, ContentType type, String language, String title, String summary,
                            String bodyMarkdown, CheatSheet cheatSheet, List<String> tags, List<String> industries,
                            List<String> products, List<String> regions, List<String> tiers, @Nullable Instant publishedAt,
                            @Nullable Instant expireAt, List<String> attachmentText) {
        this(id, slug, type, language, title, summary, bodyMarkdown, cheatSheet, tags, industries, products, regions,
                tiers, publishedAt, expireAt, attachmentText, "item-" + id.value(), List.of());
    }
}
