package dev.partnerportal.search;

import dev.partnerportal.content.ContentItemId;

/** A title offered while typing, linking straight to its item. */
public record TitleSuggestion(ContentItemId id, String slug, String title) {
}
