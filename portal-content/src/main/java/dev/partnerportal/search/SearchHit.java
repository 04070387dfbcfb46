package dev.partnerportal.search;

import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentType;
import java.time.Instant;

/**
 * One result. {@code snippetHtml} is HTML-safe: the item's text escaped, with the matched words wrapped in
 * {@code <mark>}; nothing else in it is markup.
 */
public record SearchHit(ContentItemId id, String slug, String title, ContentType type, String language,
                        String snippetHtml, float score, Instant updated) {
}
