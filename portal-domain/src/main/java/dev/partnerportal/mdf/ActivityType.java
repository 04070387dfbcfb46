package dev.partnerportal.mdf;

/** What a partner spends market development funds on. */
public enum ActivityType {
    EVENT, WEBINAR, CAMPAIGN, TRAINING, OTHER
}
