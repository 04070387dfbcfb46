package dev.partnerportal.content;

/**
 * Who an item is for changed outside an edit of its text (its industries). Published inside the transaction,
 * so that the search index notes the change atomically with it.
 */
public record ContentAudienceChanged(ContentItemId itemId) {
}
