package dev.partnerportal.analytics;

/** Content performance summed over one content type or one language. */
public record ContentGroup(String key, long items, long views, long downloads, long pdfDownloads) {
}
