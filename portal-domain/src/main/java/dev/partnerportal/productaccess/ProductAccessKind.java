package dev.partnerportal.productaccess;

/** What a partner asks for. */
public enum ProductAccessKind {
    /** A hosted demo environment of the product. */
    DEMO_ENVIRONMENT,
    /** A not-for-resale licence for the partner's own use (training, demos, internal systems). */
    NFR_LICENCE
}
