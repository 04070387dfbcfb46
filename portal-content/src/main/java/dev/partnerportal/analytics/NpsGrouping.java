package dev.partnerportal.analytics;

/** What NPS is broken down by. Tier and region are the organization's today. */
public enum NpsGrouping {
    COMPANY, TIER, REGION
}
