package dev.partnerportal.content;

/** The kinds of enablement material the internal team publishes. */
public enum ContentType {
    ONBOARDING_GUIDE,
    TRAINING_LESSON,
    CHEAT_SHEET,
    INDUSTRY_REPORT,
    PLAYBOOK,
    PRODUCT_UPDATE
}
