package dev.partnerportal.content;

/** An item that was visible to partners no longer is (archived, expired, or edited back into draft). */
public record ContentWithdrawn(ContentItemId itemId) {
}
