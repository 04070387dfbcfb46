package dev.partnerportal.content;

/** The id of an industry news feed subscription. */
public record NewsFeedId(long value) {
}
