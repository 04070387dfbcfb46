package dev.partnerportal.content;

/** The managed taxonomies items are classified by; regions also limit the audience. */
public enum Taxonomy {
    INDUSTRY,
    PRODUCT,
    REGION
}
