package dev.partnerportal.content;

/**
 * A file was attached to or removed from an item. Published inside the transaction, so that whatever
 * derives from the item's text (the search index) can note the change atomically with it.
 */
public record AttachmentsChanged(ContentItemId itemId) {
}
