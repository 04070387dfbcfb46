package dev.partnerportal.identity;

/** What a one-time account link is for. */
public enum AccountLinkPurpose {
    INVITATION, PASSWORD_RESET
}
