package dev.partnerportal.content;

/**
 * Where an item is in its life: written, waiting for approval, approved and waiting for its publish time,
 * visible to its audience, or withdrawn. Only {@link #PUBLISHED} items ever reach a partner.
 */
public enum ContentStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED
}
