package dev.partnerportal.content;

import java.util.List;

/**
 * A partner's place in the program as far as reading content goes: an item is theirs when its tier list
 * is empty or names {@code tierCode}, its region list is empty or names {@code region}, and its industry
 * list is empty or names one of {@code industries} (their organization's).
 */
public record ReaderAudience(String tierCode, String region, List<String> industries) {

    public ReaderAudience {
        industries = List.copyOf(industries);
    }

    /** A partner whose organization names no industry. */
    public ReaderAudience(String tierCode, String region) {
        this(tierCode, region, List.of());
    }
}
