package dev.partnerportal.activity;

/** How often partner people viewed and downloaded one content item in a range of days. */
public record ContentUse(long itemId, String contentType, String language, long views, long downloads,
                         long pdfDownloads) {
}
