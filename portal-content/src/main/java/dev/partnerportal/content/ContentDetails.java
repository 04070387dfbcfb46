package dev.partnerportal.content;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one item that its reader may see: the fields, the body as Markdown and as sanitized
 * HTML ({@code html} is safe to insert into a page), the cheat sheet, and links to its translations that
 * the same reader may open.
 */
public record ContentDetails(
        ContentSummary summary,
        String body,
        String html,
        CheatSheet cheatSheet,
        @Nullable Instant publishAt,
        @Nullable Instant expireAt,
        List<Translation> translations) {

    /** The same item in another language. */
    public record Translation(ContentItemId id, String slug, String language, String title) {
    }

    public ContentItemId id() {
        return summary.id();
    }

    /** The editable fields, to fill an editor form or a PUT body. */
    public ContentDraft toDraft() {
        var s = summary;
        return new ContentDraft(s.type(), s.title(), s.slug(), s.summary(), body, s.language(), s.industries(),
                s.products(), s.regions(), s.tiers(), s.tags(), s.reviewBy(), cheatSheet, publishAt, expireAt);
    }
}
