package dev.partnerportal.content;

/**
 * An item became visible to its audience. Published inside the transaction; listeners that index or notify
 * use {@code @TransactionalEventListener(AFTER_COMMIT)} and read the item with {@link ContentLibrary#forIndex}.
 */
public record ContentPublished(ContentItemId itemId) {
}
