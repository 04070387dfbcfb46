package dev.partnerportal.analytics;

import org.jspecify.annotations.Nullable;

/** How one content item did in a range: views and downloads by partner people and their "was this helpful?" answers. */
public record ContentPerformance(long itemId, String title, String slug, String type, String language, long views,
                                 long downloads, long pdfDownloads, long helpful, long answers) {

    /** Share of helpful answers in whole percent, or null without answers. */
    public @Nullable Integer helpfulShare() {
        return answers == 0 ? null : (int) Math.round(helpful * 100.0 / answers);
    }
}
