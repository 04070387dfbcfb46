package dev.partnerportal.content;

/**
 * A partner's place in the program as far as reading content goes: an item is theirs when its tier list
 * is empty or names {@code tierCode}, and its region list is empty or names {@code region}.
 */
public record ReaderAudience(String tierCode, String region) {
}
