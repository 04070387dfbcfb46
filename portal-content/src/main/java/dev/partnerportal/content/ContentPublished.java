package dev.partnerportal.content;

/**
 * An item became visible to its audience. Published inside the transaction: the search change log hears it
 * there (ADR 012), other features as module listeners after commit, reading the item with
 * {@link ContentLibrary#forIndex}.
 */
public record ContentPublished(ContentItemId itemId) {
}
